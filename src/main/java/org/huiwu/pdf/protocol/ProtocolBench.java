// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.Protocol;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.huiwu.domain.protocol.ProtocolNumber;

/**
 * {@code bench pdf}: the time to write a parallel protocol of a given number of pages. Cold is the first document in
 * a fresh process (fonts read and parsed, classes loaded); warm is the median of 20 documents written after 20
 * unmeasured ones.
 */
public final class ProtocolBench {

    /** Unmeasured runs first: the JIT compiles the layout code over the first twenty or so documents. */
    private static final int WARM_UP = 20;
    private static final int WARM_RUNS = 20;

    /** The figures, one line as the command prints them. */
    public record Result(int pages, int clauses, long coldMillis, double warmP50Millis, double warmMinMillis,
                         long bytes) {
        public String line() {
            return String.format(Locale.ROOT,
                    "pages=%d clauses=%d cold_ms=%d warm_p50_ms=%.1f warm_min_ms=%.1f bytes=%d",
                    pages, clauses, coldMillis, warmP50Millis, warmMinMillis, bytes);
        }
    }

    private ProtocolBench() {
    }

    public static Result run(int pages) throws IOException {
        // About five clauses of this length fit a parallel page; the count is corrected once the first is written.
        int clauses = Math.max(1, pages * 5);
        long started = System.nanoTime();
        byte[] first = write(protocol(clauses));
        long cold = (System.nanoTime() - started) / 1_000_000;
        int written = count(first);
        for (int attempt = 0; attempt < 12 && written != pages; attempt++) {
            clauses = Math.max(1, clauses + (int) Math.round((pages - written) * (double) clauses / written));
            written = count(write(protocol(clauses)));
            if (written != pages && attempt > 6) {
                clauses += written < pages ? 1 : -1;
            }
        }
        Protocol protocol = protocol(clauses);
        for (int i = 0; i < WARM_UP; i++) {
            write(protocol);
        }
        double[] warm = new double[WARM_RUNS];
        byte[] last = first;
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            last = write(protocol);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        return new Result(count(last), clauses, cold, warm[WARM_RUNS / 2], warm[0], last.length);
    }

    private static byte[] write(Protocol protocol) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProtocolPdf.write(protocol, Original.CN, ProtocolLayout.PARALLEL, bytes);
        return bytes.toByteArray();
    }

    private static int count(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Clauses of varied length and content, as talks minutes run: places, numbers, names in both scripts. */
    static Protocol protocol(int clauses) {
        String[] placesZh = {"吐尔尕特", "伊尔克什坦", "别迭里", "阿克苏", "卡拉苏"};
        String[] placesRu = {"Торугарт", "Иркештам", "Бедель", "Аксу", "Карасуу"};
        List<Bilingual> texts = new ArrayList<>();
        for (int i = 1; i <= clauses; i++) {
            int p = i % placesZh.length;
            String zh = "第" + i + "条：双方边界代表就" + placesZh[p] + "地区的边境形势交换了信息，确认共移交" + (i * 7 % 31)
                    + "名非法越界人员" + (i % 3 == 0 ? "，并同意在下次会谈前通过联络站保持经常性联系，及时通报有关情况" : "") + "。";
            String ru = "Пункт " + i + ": пограничные представители обменялись информацией об обстановке в районе "
                    + placesRu[p] + ", подтвердили передачу " + (i * 7 % 31) + " нарушителей границы"
                    + (i % 3 == 0 ? " и договорились до следующих переговоров поддерживать постоянную связь через "
                    + "пункт связи, своевременно информируя друг друга" : "") + ".";
            texts.add(Bilingual.of(zh, ru));
        }
        Protocol.Participant wang = new Protocol.Participant(Side.CHINA, Bilingual.of("王建国", "Ван Цзяньго"),
                Bilingual.of("中方边界代表", "пограничный представитель"), DelegationRole.REPRESENTATIVE);
        Protocol.Participant kg = new Protocol.Participant(Side.KYRGYZSTAN,
                Bilingual.of("厄穆尔别科夫·努尔苏丹", "Өмүрбеков Нурсултан Ңазарович"),
                Bilingual.of("吉方边界代表", "пограничный представитель"), DelegationRole.REPRESENTATIVE);
        return new Protocol(new ProtocolNumber(2026, MeetingLevel.TALKS, 7),
                Bilingual.of("2026年第一季度边界代表会谈", "Переговоры пограничных представителей, I квартал 2026 года"),
                MeetingLevel.TALKS, LocalDate.of(2026, 3, 5), Bilingual.of("吐尔尕特会晤站", "Пункт встреч «Торугарт»"),
                Side.CHINA, List.of(wang, kg), List.of(Bilingual.of("通报边境形势", "Обмен информацией")), texts,
                List.of(new Protocol.DecisionLine(Bilingual.of("交换名单", "Обменяться списками"), Responsibility.BOTH,
                        LocalDate.of(2026, 6, 1))),
                false, 1, "ab".repeat(32), List.of(wang, kg));
    }
}
