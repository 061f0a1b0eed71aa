// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line may break, with the rules of Chinese typesetting on top of iText's: no line starts with a closing
 * mark (，。、；：！？）》 …) and none ends with an opening one (（《「 …), and a line may break after a full-width
 * comma or colon, which iText alone does not allow (so it broke before them instead).
 */
final class LineBreakRules implements ISplitCharacters {

    private static final ISplitCharacters DEFAULT = new DefaultSplitCharacters();
    /** Marks that must not begin a line. */
    private static final String CLOSING = "，。、；：！？）》」』】〕〉”’…%,.;:!?)]}»·";
    /** Marks that must not end a line. */
    private static final String OPENING = "（《「『【〔〈“‘([{«";

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int here = unicode(text.get(glyphPos));
        if (glyphPos + 1 < text.getEnd() && CLOSING.indexOf(unicode(text.get(glyphPos + 1))) >= 0) {
            return false;
        }
        if (OPENING.indexOf(here) >= 0) {
            return false;
        }
        if (here >= 0xFF00 && CLOSING.indexOf(here) >= 0) {
            return true;
        }
        return DEFAULT.isSplitCharacter(text, glyphPos);
    }

    private static int unicode(Glyph glyph) {
        return glyph.hasValidUnicode() ? glyph.getUnicode() : -1;
    }
}
