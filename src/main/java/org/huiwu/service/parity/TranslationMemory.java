// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.minutes.RecordLanguage;

/**
 * The archive's aligned pairs as a translation memory: while one side of a pair is written, the earlier pairs whose
 * text in that language is similar, with their other side. Symmetric: a Chinese text finds pairs by their Chinese,
 * a Russian text by their Russian; each match shows both.
 *
 * <p>An in-memory inverted index over the newest version of every meeting's minutes (pairs with both texts):
 * features are character bigrams for Chinese and word stems (lower case, ё as е, the first {@value #STEM} letters,
 * so inflected forms meet) for Russian. A query collects the pairs sharing a feature and scores them by the Dice
 * coefficient of the two feature sets, so it costs the postings of its own features, not a scan of the archive.
 * Built once per session (in the background), then kept current by {@link #indexSaved(Minutes)}.
 */
public final class TranslationMemory {

    /** Letters of a Russian word that make its stem: enough to tell words apart, few enough to join their forms. */
    static final int STEM = 5;
    /** Matches below this similarity are noise. */
    static final double THRESHOLD = 0.3;

    /** An earlier pair, its texts in both languages, and how similar it is to the query (0..1). */
    public record Match(UUID pair, String zh, String ru, double score) {
    }

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final Object lock = new Object();
    private Index index = new Index();
    /** Saves that arrived while the index was being built, applied to it once it is. */
    private List<Minutes> pending;
    private volatile boolean ready;

    public TranslationMemory(MeetingRepository meetings, MinutesRepository minutes) {
        this.meetings = meetings;
        this.minutes = minutes;
    }

    /** Reads the newest minutes of every meeting into a new index; until it is done, queries find what is known. */
    public void build() {
        synchronized (lock) {
            pending = new ArrayList<>();
        }
        Index built = new Index();
        try {
            for (Meeting meeting : meetings.findAll()) {
                minutes.latest(meeting.id()).ifPresent(built::replace);
            }
        } finally {
            synchronized (lock) {
                for (Minutes saved : pending) {
                    built.replace(saved);
                }
                pending = null;
                index = built;
                ready = true;
            }
        }
    }

    /** Builds on a daemon thread of its own; a failure (e.g. the archive closed meanwhile) leaves the memory empty. */
    public void buildInBackground() {
        Thread thread = new Thread(() -> {
            try {
                build();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(TranslationMemory.class)
                        .warn("Translation memory not built: {}", e.toString());
            }
        }, "huiwu-translation-memory");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the index holds the whole archive (it answers before, from what it has). */
    public boolean isReady() {
        return ready;
    }

    /** The saved minutes become the meeting's pairs in the memory (call after every save of minutes). */
    public void indexSaved(Minutes saved) {
        synchronized (lock) {
            index.replace(saved);
            if (pending != null) {
                pending.add(saved);
            }
        }
    }

    /** How many pairs the memory holds. */
    public int size() {
        synchronized (lock) {
            return index.live;
        }
    }

    /** The earlier pairs most similar to the text in that language, best first, identical pairs once. */
    public List<Match> similar(RecordLanguage language, String text, int limit) {
        return similar(language, text, limit, null);
    }

    /** As {@link #similar(RecordLanguage, String, int)}, leaving out the pair being written. */
    public List<Match> similar(RecordLanguage language, String text, int limit, UUID exceptPair) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        synchronized (lock) {
            return index.query(language, text, limit, exceptPair);
        }
    }

    // ---- features

    static Set<String> features(RecordLanguage language, String text) {
        return language == RecordLanguage.ZH ? bigrams(text) : stems(text);
    }

    /** Bigrams of the letters and digits (punctuation and spaces dropped); a single character stands for itself. */
    private static Set<String> bigrams(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .forEach(letters::appendCodePoint);
        Set<String> grams = new HashSet<>();
        if (letters.length() == 1) {
            grams.add(letters.toString());
        }
        for (int i = 0; i + 1 < letters.length(); i++) {
            grams.add(letters.substring(i, i + 2));
        }
        return grams;
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2) {
                stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return stems;
    }

    /** The inverted index. Entries replaced or removed stay in the postings as dead and are skipped. */
    private static final class Index {
        private final List<Entry> entries = new ArrayList<>();
        private final Map<UUID, Integer> byPair = new HashMap<>();
        private final Map<Long, Set<UUID>> byMeeting = new HashMap<>();
        private final Map<String, int[]> zh = new HashMap<>();
        private final Map<String, int[]> ru = new HashMap<>();
        private final Map<String, Integer> zhSizes = new HashMap<>();
        private final Map<String, Integer> ruSizes = new HashMap<>();
        private int live;
        private int[] counts = new int[0];

        private record Entry(UUID pair, String zh, String ru, int zhFeatures, int ruFeatures, boolean[] dead) {
        }

        void replace(Minutes version) {
            Set<UUID> now = new HashSet<>();
            for (AlignedPair pair : version.pairs()) {
                String zhText = pair.zh().text();
                String ruText = pair.ru().text();
                if (zhText.isBlank() || ruText.isBlank()) {
                    remove(pair.uuid());
                    continue;
                }
                now.add(pair.uuid());
                Integer at = byPair.get(pair.uuid());
                if (at != null) {
                    Entry old = entries.get(at);
                    if (old.zh().equals(zhText) && old.ru().equals(ruText)) {
                        continue;
                    }
                    remove(pair.uuid());
                }
                add(pair.uuid(), zhText, ruText);
            }
            Set<UUID> before = byMeeting.put(version.meetingId(), now);
            if (before != null) {
                before.removeAll(now);
                before.forEach(this::remove);
            }
        }

        private void add(UUID pair, String zhText, String ruText) {
            Set<String> zhFeatures = features(RecordLanguage.ZH, zhText);
            Set<String> ruFeatures = features(RecordLanguage.RU, ruText);
            int id = entries.size();
            entries.add(new Entry(pair, zhText, ruText, zhFeatures.size(), ruFeatures.size(), new boolean[1]));
            byPair.put(pair, id);
            post(zh, zhSizes, zhFeatures, id);
            post(ru, ruSizes, ruFeatures, id);
            live++;
        }

        private void remove(UUID pair) {
            Integer at = byPair.remove(pair);
            if (at != null) {
                entries.get(at).dead()[0] = true;
                live--;
            }
        }

        /** Postings are growable int arrays; the sizes map holds how much of each is used. */
        private static void post(Map<String, int[]> postings, Map<String, Integer> sizes, Set<String> features,
                                 int id) {
            for (String feature : features) {
                int[] list = postings.get(feature);
                int used = sizes.getOrDefault(feature, 0);
                if (list == null || used == list.length) {
                    list = list == null ? new int[4] : Arrays.copyOf(list, list.length * 2);
                    postings.put(feature, list);
                }
                list[used] = id;
                sizes.put(feature, used + 1);
            }
        }

        List<Match> query(RecordLanguage language, String text, int limit, UUID exceptPair) {
            Set<String> features = features(language, text);
            if (features.isEmpty()) {
                return List.of();
            }
            Map<String, int[]> postings = language == RecordLanguage.ZH ? zh : ru;
            Map<String, Integer> sizes = language == RecordLanguage.ZH ? zhSizes : ruSizes;
            if (counts.length < entries.size()) {
                counts = new int[Math.max(entries.size(), counts.length * 2)];
            }
            int[] touched = new int[64];
            int touchedCount = 0;
            for (String feature : features) {
                int[] list = postings.get(feature);
                if (list == null) {
                    continue;
                }
                int used = sizes.get(feature);
                for (int i = 0; i < used; i++) {
                    int id = list[i];
                    if (counts[id]++ == 0) {
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touched.length * 2);
                        }
                        touched[touchedCount++] = id;
                    }
                }
            }
            // Scores first, objects only for the best few: a common query touches thousands of pairs.
            int kept = 0;
            int[] ids = new int[touchedCount];
            double[] scores = new double[touchedCount];
            for (int t = 0; t < touchedCount; t++) {
                int id = touched[t];
                int shared = counts[id];
                counts[id] = 0;
                Entry entry = entries.get(id);
                if (entry.dead()[0] || entry.pair().equals(exceptPair)) {
                    continue;
                }
                int size = language == RecordLanguage.ZH ? entry.zhFeatures() : entry.ruFeatures();
                double score = 2.0 * shared / (features.size() + size);
                if (score >= THRESHOLD) {
                    ids[kept] = id;
                    scores[kept++] = score;
                }
            }
            // Room for duplicates of the same clause, which are shown once.
            int wanted = Math.min(kept, limit * 4);
            Integer[] order = new Integer[kept];
            for (int i = 0; i < kept; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
            List<Match> matches = new ArrayList<>(wanted);
            for (int i = 0; i < wanted; i++) {
                Entry entry = entries.get(ids[order[i]]);
                matches.add(new Match(entry.pair(), entry.zh(), entry.ru(), scores[order[i]]));
            }
            // Identical pairs (the same clause in many minutes) once: the first, best scored.
            Set<String> seen = new LinkedHashSet<>();
            List<Match> best = new ArrayList<>(Math.min(limit, matches.size()));
            for (Match match : matches) {
                if (seen.add(match.zh() + '\u0000' + match.ru())) {
                    best.add(match);
                    if (best.size() == limit) {
                        break;
                    }
                }
            }
            return best;
        }
    }
}
