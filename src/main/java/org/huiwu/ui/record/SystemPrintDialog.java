// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterJob;

import javax.print.attribute.PrintRequestAttributeSet;

/**
 * The operating system's printers through Java's print dialog: printer, copies, pages and paper, starting from A4
 * and one collated set. Called off the FX thread: the dialog runs on AWT's own.
 */
public final class SystemPrintDialog implements ProtocolViewModel.PrintDialog {

    @Override
    public boolean available() {
        return !GraphicsEnvironment.isHeadless() && PrinterJob.lookupPrintServices().length > 0;
    }

    @Override
    public boolean ask(PrinterJob job, PrintRequestAttributeSet attributes) {
        return job.printDialog(attributes);
    }
}
