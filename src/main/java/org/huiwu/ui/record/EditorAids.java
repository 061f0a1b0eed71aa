// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.function.Supplier;

import org.huiwu.service.parity.ParityReview;

/**
 * What the minutes editor checks and suggests with: the parity review (asked at every load, so terms added since
 * count) and the writing assist. Either may be null; {@link #NONE} has neither (the editor bench, most tests).
 */
public record EditorAids(Supplier<ParityReview> parity, WritingAssist assist) {

    public static final EditorAids NONE = new EditorAids(null, null);
}
