// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.service.search.HitKind;
import org.huiwu.service.search.MeetingFacts;
import org.huiwu.service.search.SearchDocument;
import org.huiwu.service.search.SearchFilter;
import org.huiwu.service.search.SearchHit;
import org.huiwu.service.search.SearchIndex;
import org.huiwu.service.search.SearchPage;
import org.huiwu.service.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index in the archive's folder ({@value #FOLDER}), every file encrypted ({@link EncryptedDirectory}).
 * Each meeting has a stamp document besides its texts; a commit records the format. An index that cannot be read
 * (damaged, another key, another format) is deleted and started empty, for the service to fill again.
 */
public final class LuceneSearchIndex implements SearchIndex {

    public static final String FOLDER = "search-index";
    /** The HKDF "info" of the index key; a new file format gets a new purpose. */
    public static final String PURPOSE = "huiwu-search-index-v1";
    /** Changes whenever the fields or the analysis change: an index of another format is rebuilt. */
    static final String FORMAT = "5";
    private static final String FORMAT_KEY = "huiwu.format";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private static final String TYPE = "type";
    private static final String TYPE_TEXT = "text";
    private static final String TYPE_STAMP = "stamp";
    private static final String MEETING = "meeting";
    /** The meeting's and the record's UUIDs, 32 bytes. */
    private static final String IDS = "ids";
    private static final String ZH_TEXT = "zhText";
    private static final String RU_TEXT = "ruText";
    /** Lucene's limit for one doc value; a longer text is shown cut (it is indexed whole). */
    private static final int MAX_SHOWN_BYTES = 32_000;
    private static final String STAMP = "stamp";
    /** The meeting of a stamp document (Lucene wants a field the same in every document: no doc values here). */
    private static final String STAMP_MEETING = "stampMeeting";
    private static final String ORDER = "order";
    private static final String DAY = "day";
    private static final String LEVEL = "level";
    private static final String PLACE = "place";
    private static final String AREA = "area";
    private static final String CATEGORY = "category";
    private static final String STATE = "state";

    private static final Sort NEWEST = new Sort(new SortField(DAY, SortField.Type.LONG, true),
            new SortField(MEETING, SortField.Type.LONG, true), new SortField(ORDER, SortField.Type.LONG));

    /**
     * Matches are counted exactly up to this many; past it a search says "at least" and stops counting, so a word in
     * nearly every clause of a million costs no more than a rare one.
     */
    static final int COUNT_LIMIT = 10_000;

    private final SearchAnalysis analysis = new SearchAnalysis();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean startedEmpty;

    private LuceneSearchIndex(Directory directory, IndexWriter writer, boolean startedEmpty) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.startedEmpty = startedEmpty;
    }

    /** Opens the index in the folder with a 32-byte key (copied; the caller wipes its array). */
    public static LuceneSearchIndex open(Path folder, byte[] key) {
        try {
            Files.createDirectories(folder);
            Directory directory = new EncryptedDirectory(FSDirectory.open(folder), key);
            String why = unreadable(directory);
            if (why != null) {
                LOG.info("Search index in {} started anew: {}", folder, why);
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(new SearchAnalysis().indexing())
                    .setOpenMode(why == null ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(32)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            if (why != null) {
                writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
                writer.commit();
            }
            return new LuceneSearchIndex(directory, writer, why != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An index held in memory for this session only, when the folder cannot be written at all (a read-only or full
     * disk, a folder taken by a file): the search still works, rebuilt from the archive, and nothing of it reaches
     * the disk unencrypted.
     */
    public static LuceneSearchIndex inMemory() {
        try {
            Directory directory = new org.apache.lucene.store.ByteBuffersDirectory();
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalysis().indexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false));
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            return new LuceneSearchIndex(directory, writer, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the index in the directory cannot be used as it is, or null when it can. */
    private static String unreadable(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return "none yet";
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String format = reader.getIndexCommit().getUserData().get(FORMAT_KEY);
                return FORMAT.equals(format) ? null : "format " + format + ", not " + FORMAT;
            }
        } catch (IOException | RuntimeException e) {
            return "damaged (" + e + ")";
        }
    }

    @Override
    public boolean startedEmpty() {
        return startedEmpty;
    }

    @Override
    public Map<Long, String> stamps() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query stamps = new TermQuery(new Term(TYPE, TYPE_STAMP));
                int count = searcher.count(stamps);
                Map<Long, String> out = new HashMap<>();
                if (count == 0) {
                    return out;
                }
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(stamps, count).scoreDocs) {
                    Document doc = stored.document(hit.doc);
                    out.put(doc.getField(STAMP_MEETING).numericValue().longValue(), doc.get(STAMP));
                }
                return out;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void replace(long meetingId, String stamp, List<SearchDocument> documents) {
        try {
            writer.deleteDocuments(meetingTerm(meetingId));
            List<Document> docs = new ArrayList<>(documents.size() + 1);
            for (SearchDocument document : documents) {
                docs.add(text(document));
            }
            Document stampDoc = new Document();
            stampDoc.add(new StringField(TYPE, TYPE_STAMP, Field.Store.NO));
            stampDoc.add(new StringField(MEETING + "Key", Long.toString(meetingId), Field.Store.NO));
            stampDoc.add(new StoredField(STAMP_MEETING, meetingId));
            stampDoc.add(new StoredField(STAMP, stamp));
            // Every document has every doc value, so they are dense: a sparse one is read through jump tables whose
            // every lookup decrypts a buffer. (Stamp documents never match a query; the values are never read.)
            stampDoc.add(new NumericDocValuesField(MEETING, meetingId));
            stampDoc.add(new NumericDocValuesField(DAY, Long.MIN_VALUE));
            stampDoc.add(new LongPoint(DAY, Long.MIN_VALUE));
            stampDoc.add(new NumericDocValuesField(ORDER, 0));
            stampDoc.add(new BinaryDocValuesField(IDS, new BytesRef(new byte[32])));
            stampDoc.add(new BinaryDocValuesField(ZH_TEXT, new BytesRef()));
            stampDoc.add(new BinaryDocValuesField(RU_TEXT, new BytesRef()));
            docs.add(stampDoc);
            writer.addDocuments(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(long meetingId) {
        try {
            writer.deleteDocuments(meetingTerm(meetingId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term meetingTerm(long meetingId) {
        return new Term(MEETING + "Key", Long.toString(meetingId));
    }

    private static Document text(SearchDocument document) {
        MeetingFacts facts = document.meeting();
        var entry = document.entry();
        Document doc = new Document();
        doc.add(new StringField(TYPE, TYPE_TEXT, Field.Store.NO));
        doc.add(new StringField(MEETING + "Key", Long.toString(facts.meetingId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(MEETING, facts.meetingId()));
        doc.add(new BinaryDocValuesField(IDS, ids(facts.meetingUuid(), entry.record())));
        // Within a meeting: the meeting itself, its agenda, its minutes, its decisions, notes; each in order.
        doc.add(new NumericDocValuesField(ORDER, (long) entry.kind().ordinal() << 32 | entry.position()));
        long day = facts.date().toEpochDay();
        doc.add(new LongPoint(DAY, day));
        doc.add(new NumericDocValuesField(DAY, day));
        doc.add(new StringField(LEVEL, facts.level().name(), Field.Store.NO));
        doc.add(new StringField(PLACE, Long.toString(facts.placeId()), Field.Store.NO));
        facts.areas().forEach(area -> doc.add(new StringField(AREA, area.name(), Field.Store.NO)));
        facts.categories().forEach(c -> doc.add(new StringField(CATEGORY, c.name(), Field.Store.NO)));
        doc.add(new StringField(STATE, facts.state().name(), Field.Store.NO));
        String zh = entry.text().zh();
        String ru = entry.text().ru();
        // The texts of a hit are read from doc values, not stored fields: a stored field is read by decompressing
        // (and here decrypting) a block of many documents, which for fifty hits cost ten times the search.
        doc.add(new TextField(SearchAnalysis.ZH, zh, Field.Store.NO));
        doc.add(new TextField(SearchAnalysis.RU, ru, Field.Store.NO));
        doc.add(new BinaryDocValuesField(ZH_TEXT, shown(zh)));
        doc.add(new BinaryDocValuesField(RU_TEXT, shown(ru)));
        return doc;
    }

    @Override
    public SearchPage search(SearchQuery query) {
        SearchAnalysis.Parsed parsed = analysis.parse(query.text());
        if (parsed == null) {
            return SearchPage.EMPTY;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed.query(), BooleanClause.Occur.MUST);
        filters(query.filter(), builder);
        Query full = builder.build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // One pass: the first hits, and the matches counted up to COUNT_LIMIT (beyond, "at least"); past
                // it Lucene skips what cannot make the first hits (the day is a point field too).
                TopDocs top = query.order() == SearchQuery.Order.NEWEST
                        ? searcher.search(full, new TopFieldCollectorManager(NEWEST, query.limit(), null,
                                COUNT_LIMIT, false))
                        : searcher.search(full, new TopScoreDocCollectorManager(query.limit(), null, COUNT_LIMIT,
                                false));
                if (top.totalHits.value == 0) {
                    return SearchPage.EMPTY;
                }
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
                    hits.add(hit(leaf.reader(), scoreDoc.doc - leaf.docBase, parsed, scoreDoc.score));
                }
                return new SearchPage(top.totalHits.value,
                        top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new Damaged(e);
        }
    }

    private SearchHit hit(LeafReader reader, int doc, SearchAnalysis.Parsed parsed, float score) throws IOException {
        long order = numeric(reader, ORDER, doc);
        BytesRef idBytes = binary(reader, IDS, doc);
        java.nio.ByteBuffer ids = java.nio.ByteBuffer.wrap(idBytes.bytes, idBytes.offset, idBytes.length);
        UUID meetingUuid = new UUID(ids.getLong(), ids.getLong());
        UUID record = new UUID(ids.getLong(), ids.getLong());
        return new SearchHit(numeric(reader, MEETING, doc), meetingUuid,
                LocalDate.ofEpochDay(numeric(reader, DAY, doc)), HitKind.values()[(int) (order >>> 32)], record,
                (int) order, analysis.markChinese(binary(reader, ZH_TEXT, doc).utf8ToString(), parsed),
                analysis.markRussian(binary(reader, RU_TEXT, doc).utf8ToString(), parsed),
                Float.isNaN(score) ? 0 : score);
    }

    private static long numeric(LeafReader reader, String field, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(reader, field);
        if (!values.advanceExact(doc)) {
            throw new IOException("no " + field + " for document " + doc);
        }
        return values.longValue();
    }

    private static BytesRef binary(LeafReader reader, String field, int doc) throws IOException {
        BinaryDocValues values = DocValues.getBinary(reader, field);
        if (!values.advanceExact(doc)) {
            throw new IOException("no " + field + " for document " + doc);
        }
        return values.binaryValue();
    }

    private static BytesRef ids(UUID meeting, UUID record) {
        return new BytesRef(java.nio.ByteBuffer.allocate(32).putLong(meeting.getMostSignificantBits())
                .putLong(meeting.getLeastSignificantBits()).putLong(record.getMostSignificantBits())
                .putLong(record.getLeastSignificantBits()).array());
    }

    private static BytesRef shown(String text) {
        BytesRef bytes = new BytesRef(text);
        if (bytes.length <= MAX_SHOWN_BYTES) {
            return bytes;
        }
        int end = Math.min(text.length(), MAX_SHOWN_BYTES / 3);
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return new BytesRef(text.substring(0, end) + "…");
    }

    private static void filters(SearchFilter filter, BooleanQuery.Builder builder) {
        MeetingLevel level = filter.level();
        if (level != null) {
            builder.add(new TermQuery(new Term(LEVEL, level.name())), BooleanClause.Occur.FILTER);
        }
        if (filter.placeId() != null) {
            builder.add(new TermQuery(new Term(PLACE, filter.placeId().toString())), BooleanClause.Occur.FILTER);
        }
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
            long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(DAY, from, to), BooleanClause.Occur.FILTER);
        }
        if (filter.area() != null) {
            builder.add(new TermQuery(new Term(AREA, filter.area().name())), BooleanClause.Occur.FILTER);
        }
        if (filter.category() != null) {
            builder.add(new TermQuery(new Term(CATEGORY, filter.category().name())), BooleanClause.Occur.FILTER);
        }
        if (filter.state() != null) {
            builder.add(new TermQuery(new Term(STATE, filter.state().name())), BooleanClause.Occur.FILTER);
        }
    }

    /** How many different terms the index holds in a text field (zh, zh1, ru); for the benchmark. */
    long distinctTerms(String field) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(
                        searcher.getIndexReader(), field);
                if (terms == null) {
                    return 0;
                }
                long count = 0;
                org.apache.lucene.index.TermsEnum iterator = terms.iterator();
                while (iterator.next() != null) {
                    count++;
                }
                return count;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size of the index files on disk, in bytes. */
    public long sizeOnDisk() {
        try {
            long size = 0;
            for (String file : directory.listAll()) {
                size += directory.fileLength(file) + EncryptedDirectory.HEADER;
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            // What was indexed but not committed is found again by the stamps at the next open.
            writer.rollback();
            directory.close();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            LOG.debug("Search index closed: {}", e.toString());
        }
    }
}
