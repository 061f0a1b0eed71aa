// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.protocol.SignedProtocolRepository;
import org.huiwu.service.archive.OpenArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over the whole archive, and the upkeep of its index. The index follows every save (the archive tells of
 * each saved meeting, re-indexed in the background) and, since saves can happen while it is closed or be lost with
 * it, {@link #catchUp()} compares every meeting's stamp (a hash of what its documents would be now) with the stamp
 * the index holds and re-indexes the meetings that differ; a missing or damaged index is rebuilt the same way.
 * Progress goes to the listeners of {@link #onProgress}. Searching works throughout, on what is indexed so far.
 */
public final class SearchService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    /** Commit every so many re-indexed meetings: a long catch-up interrupted keeps what it did. */
    private static final int COMMIT_EVERY = 50;

    private final SearchIndex index;
    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final AgendaRepository agendas;
    private final SignedProtocolRepository signed;
    private final List<SearchSource> sources;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "huiwu-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Long> meetingIds = new ConcurrentHashMap<>();
    private final List<Consumer<SearchProgress>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    /** An index that started empty is being rebuilt by the first catch-up only. */
    private final AtomicBoolean firstCatchUp = new AtomicBoolean(true);
    private volatile SearchProgress progress = SearchProgress.CURRENT;

    public SearchService(SearchIndex index, MeetingRepository meetings, MinutesRepository minutes,
                         AgendaRepository agendas, SignedProtocolRepository signed, List<SearchSource> sources) {
        this.index = index;
        this.meetings = meetings;
        this.minutes = minutes;
        this.agendas = agendas;
        this.signed = signed;
        this.sources = List.copyOf(sources);
    }

    /** The search of an open archive over its meetings, agenda items, minutes, decisions and the home side's notes. */
    public static SearchService of(OpenArchive archive) {
        return new SearchService(archive.searchIndex(), archive.meetings(), archive.minutes(), archive.agendas(),
                archive.signedProtocols(), List.of(
                        new MeetingTitleSource(),
                        new AgendaSource(archive.agendas()),
                        new MinutesSource(archive.minutes()),
                        new DecisionSource(archive.decisions()),
                        new NoteSource(archive.notes(), archive.info().homeSide())));
    }

    /**
     * A search over an index filled by someone else (the search benchmark): {@link #search} only; it follows no
     * saves and cannot catch up.
     */
    public static SearchService searchOnly(SearchIndex index) {
        return new SearchService(index, null, null, null, null, List.of());
    }

    /** What a catch-up did: meetings compared, re-indexed (changed or new) and removed (gone from the archive). */
    public record CatchUp(int meetings, int reindexed, int removed, boolean rebuilt) {
    }

    /**
     * The search the UI and the command line make: count, the first {@code query.limit()} hits in the order asked,
     * both texts with the matches marked. An index found damaged is rebuilt in the background (this search finds
     * nothing).
     */
    public SearchPage search(SearchQuery query) {
        try {
            return index.search(query);
        } catch (SearchIndex.Damaged e) {
            LOG.warn("Search index damaged, rebuilding: {}", e.toString());
            if (rebuildQueued.compareAndSet(false, true)) {
                worker.submit(() -> {
                    rebuildQueued.set(false);
                    index.clear();
                    return catchUpNow(true);
                });
            }
            return SearchPage.EMPTY;
        }
    }

    /** Compares the index with the archive in the background and indexes what differs. */
    public CompletableFuture<CatchUp> catchUp() {
        CompletableFuture<CatchUp> done = new CompletableFuture<>();
        worker.submit(() -> {
            try {
                done.complete(catchUpNow(firstCatchUp.getAndSet(false) && index.startedEmpty()));
            } catch (RuntimeException e) {
                LOG.warn("Search index could not catch up: {}", e.toString(), e);
                publish(SearchProgress.CURRENT);
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Re-indexes a meeting in the background after a save (the archive calls this on the saving thread). */
    public void meetingSaved(UUID meeting) {
        if (pending.add(meeting)) {
            worker.submit(() -> {
                // Removed before reading: a save while this runs queues the meeting again.
                pending.remove(meeting);
                try {
                    reindex(meeting);
                    // Tells whoever shows hits that they may have changed.
                    publish(SearchProgress.CURRENT);
                } catch (RuntimeException e) {
                    LOG.warn("Search index missed a save of meeting {} (caught up at the next open): {}", meeting,
                            e.toString());
                }
            });
        }
    }

    /** Calls the listener on the index's thread whenever progress changes; the UI moves it to its own thread. */
    public void onProgress(Consumer<SearchProgress> listener) {
        listeners.add(listener);
    }

    public SearchProgress progress() {
        return progress;
    }

    /** Waits until everything queued so far (saves, a catch-up) is in the index; for tests and the command line. */
    public void awaitCurrent(Duration timeout) {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("search index not current after " + timeout, e);
        }
    }

    private CatchUp catchUpNow(boolean rebuilding) {
        Map<Long, String> indexed = new java.util.HashMap<>(index.stamps());
        List<Meeting> all = meetings.findAll();
        SearchProgress.Phase phase = rebuilding || (indexed.isEmpty() && !all.isEmpty())
                ? SearchProgress.Phase.REBUILDING : SearchProgress.Phase.CATCHING_UP;
        publish(new SearchProgress(phase, 0, all.size()));
        int reindexed = 0;
        for (int i = 0; i < all.size(); i++) {
            Meeting meeting = all.get(i);
            meetingIds.put(meeting.uuid(), meeting.id());
            List<SearchDocument> documents = documents(meeting);
            String stamp = stamp(documents, facts(meeting));
            if (!stamp.equals(indexed.remove(meeting.id()))) {
                index.replace(meeting.id(), stamp, documents);
                if (++reindexed % COMMIT_EVERY == 0) {
                    index.commit();
                }
            }
            publish(new SearchProgress(phase, i + 1, all.size()));
        }
        indexed.keySet().forEach(index::remove);
        index.commit();
        publish(SearchProgress.CURRENT);
        if (reindexed > 0 || !indexed.isEmpty()) {
            LOG.info("Search index caught up: {} of {} meetings indexed anew, {} removed", reindexed, all.size(),
                    indexed.size());
        }
        return new CatchUp(all.size(), reindexed, indexed.size(), phase == SearchProgress.Phase.REBUILDING);
    }

    private void reindex(UUID uuid) {
        Long id = meetingIds.get(uuid);
        if (id == null) {
            meetings.findAll().forEach(m -> meetingIds.put(m.uuid(), m.id()));
            id = meetingIds.get(uuid);
        }
        if (id == null) {
            return;
        }
        Meeting meeting = meetings.findById(id).orElse(null);
        if (meeting == null) {
            index.remove(id);
        } else {
            List<SearchDocument> documents = documents(meeting);
            index.replace(id, stamp(documents, facts(meeting)), documents);
        }
        index.commit();
    }

    private List<SearchDocument> documents(Meeting meeting) {
        MeetingFacts facts = facts(meeting);
        List<SearchDocument> documents = new ArrayList<>();
        for (SearchSource source : sources) {
            source.entries(meeting, entry -> documents.add(new SearchDocument(facts, entry)));
        }
        return documents;
    }

    private MeetingFacts facts(Meeting meeting) {
        Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
        Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
        for (AgendaItem item : agendas.of(meeting.id()).items()) {
            areas.addAll(item.areas());
            categories.addAll(item.categories());
        }
        RecordState state = !signed.ofMeeting(meeting.id()).isEmpty() ? RecordState.SIGNED
                : minutes.latest(meeting.id()).filter(m -> m.state() == MinutesState.FINAL).isPresent()
                ? RecordState.FINAL : RecordState.DRAFT;
        return new MeetingFacts(meeting.id(), meeting.uuid(), meeting.level(), meeting.placeId(),
                meeting.localStart().toLocalDate(), areas, categories, state);
    }

    /** A hash of the facts and every text: equal stamps mean the index holds what the archive says now. */
    static String stamp(List<SearchDocument> documents, MeetingFacts facts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, new java.util.TreeSet<>(facts.areas()) + "|" + new java.util.TreeSet<>(facts.categories())
                    + "|" + facts.level() + "|" + facts.placeId() + "|" + facts.date() + "|" + facts.state());
            for (SearchDocument document : documents) {
                SearchEntry entry = document.entry();
                update(digest, entry.kind() + ":" + entry.record() + ":" + entry.position());
                update(digest, entry.text().zh());
                update(digest, entry.text().ru());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private void publish(SearchProgress next) {
        progress = next;
        for (Consumer<SearchProgress> listener : listeners) {
            listener.accept(next);
        }
    }

    /** Stops the background work (what it had not done is caught up at the next open); the archive closes the index. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
