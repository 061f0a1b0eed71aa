// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.ui.Area;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three bundles in i18n/ say the same things: the same keys, each once, none empty, with the same placeholders,
 * every key the code asks for is there and every key there is asked for (after JabRef's LocalizationConsistencyTest).
 * Files are read from the module directory, raw, because {@link Properties} would hide a key defined twice.
 */
class MessagesConsistencyTest {

    private static final Path BUNDLE_DIR = Path.of("i18n");
    private static final Path JAVA_SOURCES = Path.of("src", "main", "java");
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    /** A string literal that looks like a dotted key: "meeting.validation.tooLong", "art4.refused". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    /** An FXML attribute resolved from the bundle: text="%schedule.title". */
    private static final Pattern FXML_KEY = Pattern.compile("=\\s*\"%([^\"]+)\"");
    /** A MessageFormat argument: {0}, {1,number,integer}, {0,choice,…}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    /** Literals shaped like keys that name files, not texts (e.g. "settings.properties" in PropertiesSettingsStore). */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(properties|fxml|css|md|ttf|otf|png|sql|db|tmp|txt"
            + "|json|xml|log)");

    /**
     * Keys that no literal names because code builds them from a prefix. Each entry names the code that builds the
     * keys; {@link #keysBuiltInCodeAreStillBuiltThere} fails once that code changes, so the exception cannot outlive
     * it. (Enum texts, Area titles and ArchiveException reasons are derived from the classes themselves below.)
     */
    private static final List<BuiltKeys> BUILT_IN_CODE = List.of(
            // NamedRecordEditorViewModel: missingText(nameZh, keyPrefix + ".validation.nameZhMissing") and the same
            // for nameRu; keyPrefix is "person" from PersonEditorViewModel's super("person", …).
            new BuiltKeys(List.of("person.validation.nameZhMissing", "person.validation.nameRuMissing"), List.of(
                    new SourceFragment("org/huiwu/ui/registers/NamedRecordEditorViewModel.java",
                            "keyPrefix + \".validation.nameZhMissing\""),
                    new SourceFragment("org/huiwu/ui/registers/NamedRecordEditorViewModel.java",
                            "keyPrefix + \".validation.nameRuMissing\""),
                    new SourceFragment("org/huiwu/ui/registers/PersonEditorViewModel.java", "super(\"person\","))),
            // The same in NamedRecordEditorViewModel, with keyPrefix "place" from PlaceEditorViewModel's
            // super("place", …).
            new BuiltKeys(List.of("place.validation.nameZhMissing", "place.validation.nameRuMissing"), List.of(
                    new SourceFragment("org/huiwu/ui/registers/NamedRecordEditorViewModel.java",
                            "keyPrefix + \".validation.nameZhMissing\""),
                    new SourceFragment("org/huiwu/ui/registers/NamedRecordEditorViewModel.java",
                            "keyPrefix + \".validation.nameRuMissing\""),
                    new SourceFragment("org/huiwu/ui/registers/PlaceEditorViewModel.java", "super(\"place\","))),
            // AccessTexts.deniedKey names every refusal by permission as a literal; the permissions' names have
            // underscores, which key literals (above) do not match.
            new BuiltKeys(List.of("access.denied.PRINT_EXPORT", "access.denied.WRITE_NOTES",
                    "access.denied.KEEP_CONFIDENTIAL_REGISTERS", "access.denied.MANAGE_USERS",
                    "access.denied.MANAGE_BACKUPS", "access.denied.READ_AUDIT"), List.of(
                    new SourceFragment("org/huiwu/i18n/AccessTexts.java", "\"access.denied.PRINT_EXPORT\""),
                    new SourceFragment("org/huiwu/i18n/AccessTexts.java", "\"access.denied.WRITE_NOTES\""),
                    new SourceFragment("org/huiwu/i18n/AccessTexts.java",
                            "\"access.denied.KEEP_CONFIDENTIAL_REGISTERS\""),
                    new SourceFragment("org/huiwu/i18n/AccessTexts.java", "\"access.denied.MANAGE_USERS\""),
                    new SourceFragment("org/huiwu/i18n/AccessTexts.java", "\"access.denied.MANAGE_BACKUPS\""),
                    new SourceFragment("org/huiwu/i18n/AccessTexts.java", "\"access.denied.READ_AUDIT\""))));

    private static final Map<Language, List<Entry>> BUNDLES = readBundles();

    // ---------------------------------------------------------------- the bundles agree with each other

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void bundleHasEveryKeyThatAnyOtherBundleHas(Language language) {
        SortedSet<String> missing = new TreeSet<>(allKeys());
        missing.removeAll(keys(language));

        assertThat(missing)
                .withFailMessage("%s lacks %d key(s) that another bundle has:%n  %s%nFix: add these keys to %s",
                        fileOf(language), missing.size(), String.join("\n  ", missing), fileOf(language))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void noKeyIsDefinedTwiceInOneBundle(Language language) {
        Map<String, List<Integer>> linesByKey = new TreeMap<>();
        BUNDLES.get(language).forEach(e -> linesByKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.line()));
        List<String> twice = linesByKey.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " (lines " + e.getValue() + ")")
                .toList();

        assertThat(twice)
                .withFailMessage("%s defines key(s) more than once; only the last one counts:%n  %s%n"
                        + "Fix: keep one definition of each in %s", fileOf(language), String.join("\n  ", twice),
                        fileOf(language))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void noValueIsEmpty(Language language) {
        List<String> empty = BUNDLES.get(language).stream()
                .filter(e -> e.value().isBlank())
                .map(e -> e.key() + " (line " + e.line() + ")")
                .toList();

        assertThat(empty)
                .withFailMessage("%s has empty value(s):%n  %s%nFix: translate them in %s", fileOf(language),
                        String.join("\n  ", empty), fileOf(language))
                .isEmpty();
    }

    @Test
    void everyKeyHasTheSamePlaceholdersInEveryLanguage() {
        List<String> differing = new ArrayList<>();
        for (String key : allKeys()) {
            Map<Language, Set<Integer>> placeholders = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String value = values(language).get(key);
                if (value != null) {
                    placeholders.put(language, placeholders(value));
                }
            }
            if (placeholders.values().stream().distinct().count() > 1) {
                differing.add(key + ": " + placeholders);
            }
        }

        assertThat(differing)
                .withFailMessage("These keys fill different arguments in different languages:%n  %s%n"
                        + "Fix: use the same {0}, {1}… in all three bundles", String.join("\n  ", differing))
                .isEmpty();
    }

    /**
     * Messages.get runs a value through MessageFormat when it is given arguments: there a single apostrophe starts a
     * quoted section and vanishes ("folder's" becomes "folders", and any {n} after it is never filled).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void valuesWithPlaceholdersAreValidMessageFormatsWithDoubledApostrophes(Language language) {
        List<String> broken = new ArrayList<>();
        for (Entry entry : BUNDLES.get(language)) {
            if (placeholders(entry.value()).isEmpty()) {
                continue;
            }
            try {
                new MessageFormat(entry.value(), language.locale());
            } catch (IllegalArgumentException e) {
                broken.add(entry.key() + " (line " + entry.line() + "): " + e.getMessage());
                continue;
            }
            if (entry.value().replace("''", "").contains("'")) {
                broken.add(entry.key() + " (line " + entry.line() + "): single apostrophe, write '' instead");
            }
        }

        assertThat(broken)
                .withFailMessage("%s has values MessageFormat reads wrongly:%n  %s%nFix: correct them in %s",
                        fileOf(language), String.join("\n  ", broken), fileOf(language))
                .isEmpty();
    }

    /** Without placeholders a value is shown as written (FXML %key, Messages.get without arguments): '' stays ''. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void valuesWithoutPlaceholdersHaveNoDoubledApostrophes(Language language) {
        List<String> doubled = BUNDLES.get(language).stream()
                .filter(e -> placeholders(e.value()).isEmpty() && e.value().contains("''"))
                .map(e -> e.key() + " (line " + e.line() + ")")
                .toList();

        assertThat(doubled)
                .withFailMessage("%s doubles apostrophes in values that are shown verbatim:%n  %s%n"
                        + "Fix: write a single ' in %s", fileOf(language), String.join("\n  ", doubled),
                        fileOf(language))
                .isEmpty();
    }

    // ---------------------------------------------------------------- every key the code asks for exists

    @Test
    void everyKeyLiteralInJavaSourceIsInTheEnglishBundle() {
        Set<String> prefixes = keys(Language.ENGLISH).stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> enumPrefixes = Set.copyOf(EnumTexts.PREFIXES.values());
        Map<String, String> missing = new TreeMap<>();
        keyLiteralsInJava().forEach((literal, file) -> {
            boolean looksLikeOurKey = prefixes.contains(literal.substring(0, literal.indexOf('.')))
                    && !enumPrefixes.contains(literal) // "meeting.level" etc. are prefixes, registered in EnumTexts
                    && !FILE_NAME.matcher(literal).matches();
            if (looksLikeOurKey && !keys(Language.ENGLISH).contains(literal)) {
                missing.put(literal, file);
            }
        });

        assertThat(missing)
                .withFailMessage("The code asks for key(s) that %s lacks:%n  %s%n"
                        + "Fix: add these keys to all three bundles in i18n/", fileOf(Language.ENGLISH),
                        describe(missing))
                .isEmpty();
    }

    @Test
    void everyPercentKeyInFxmlIsInTheEnglishBundle() {
        Map<String, String> missing = new TreeMap<>(fxmlKeys());
        missing.keySet().removeAll(keys(Language.ENGLISH));

        assertThat(missing)
                .withFailMessage("FXML asks for key(s) that %s lacks:%n  %s%n"
                        + "Fix: add these keys to all three bundles in i18n/", fileOf(Language.ENGLISH),
                        describe(missing))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredEnumConstants")
    void everyRegisteredEnumConstantHasItsText(Enum<?> constant) {
        assertThat(keys(Language.ENGLISH)).contains(EnumTexts.keyOf(constant));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Area.class)
    void everyAreaHasItsNavigationTitle(Area area) {
        assertThat(keys(Language.ENGLISH)).contains(area.titleKey());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArchiveException.Reason.class)
    void everyArchiveErrorReasonHasItsMessage(ArchiveException.Reason reason) {
        assertThat(keys(Language.ENGLISH)).contains(reason.messageKey());
    }

    // ---------------------------------------------------------------- every key in the bundles is asked for

    @Test
    void everyEnglishKeyIsUsed() {
        Set<String> used = new TreeSet<>(keyLiteralsInJava().keySet());
        used.addAll(fxmlKeys().keySet());
        registeredEnumConstants().forEach(constant -> used.add(EnumTexts.keyOf(constant.getPayload())));
        Arrays.stream(Area.values()).map(Area::titleKey).forEach(used::add);
        Arrays.stream(ArchiveException.Reason.values()).map(ArchiveException.Reason::messageKey).forEach(used::add);
        BUILT_IN_CODE.forEach(built -> used.addAll(built.keys()));

        SortedSet<String> unused = new TreeSet<>(keys(Language.ENGLISH));
        unused.removeAll(used);

        assertThat(unused)
                .withFailMessage("%d key(s) in %s are used nowhere (no Java literal, no %%key in FXML, no enum, "
                        + "not built in code):%n  %s%nFix: remove them from all three bundles or use them",
                        unused.size(), fileOf(Language.ENGLISH), String.join("\n  ", unused))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInCode")
    void keysBuiltInCodeAreStillBuiltThere(BuiltKeys built) {
        for (SourceFragment fragment : built.builtBy()) {
            assertThat(read(JAVA_SOURCES.resolve(fragment.file())))
                    .withFailMessage("%s no longer contains %s, which builds %s. "
                                    + "Fix: update BUILT_IN_CODE in this test to the code that builds these keys now",
                            fragment.file(), fragment.code(), built.keys())
                    .contains(fragment.code());
        }
    }

    // ---------------------------------------------------------------- reading

    static Stream<Named<Enum<?>>> registeredEnumConstants() {
        return EnumTexts.PREFIXES.keySet().stream()
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(constant -> Named.of(constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                        constant));
    }

    static Stream<Named<BuiltKeys>> builtInCode() {
        return BUILT_IN_CODE.stream().map(built -> Named.of(String.join(", ", built.keys()), built));
    }

    private static Path fileOf(Language language) {
        return BUNDLE_DIR.resolve(language == Language.ENGLISH ? "messages.properties"
                : "messages_" + language.tag() + ".properties");
    }

    private static Set<String> keys(Language language) {
        return values(language).keySet();
    }

    private static Map<String, String> values(Language language) {
        Map<String, String> values = new TreeMap<>();
        BUNDLES.get(language).forEach(e -> values.put(e.key(), e.value()));
        return values;
    }

    private static SortedSet<String> allKeys() {
        SortedSet<String> all = new TreeSet<>();
        BUNDLES.values().forEach(entries -> entries.forEach(e -> all.add(e.key())));
        return all;
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            indexes.add(Integer.parseInt(matcher.group(1)));
        }
        return indexes;
    }

    /** Every key-shaped string literal in src/main/java, with the first file it occurs in. */
    private static Map<String, String> keyLiteralsInJava() {
        return matchesIn(JAVA_SOURCES, ".java", KEY_LITERAL);
    }

    /** Every %key of every FXML file in src/main/resources, with the first file it occurs in. */
    private static Map<String, String> fxmlKeys() {
        return matchesIn(RESOURCES, ".fxml", FXML_KEY);
    }

    private static Map<String, String> matchesIn(Path root, String extension, Pattern pattern) {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(extension)).sorted().forEach(file -> {
                Matcher matcher = pattern.matcher(read(file));
                while (matcher.find()) {
                    found.putIfAbsent(matcher.group(1), root.relativize(file).toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String describe(Map<String, String> keysWithFiles) {
        return keysWithFiles.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining("\n  "));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static Map<Language, List<Entry>> readBundles() {
        Map<Language, List<Entry>> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            bundles.put(language, entries(fileOf(language)));
        }
        return bundles;
    }

    /**
     * The entries of a .properties file in file order, duplicates kept. Each logical line (continuations joined) is
     * parsed by {@link Properties} itself, so escapes and separators are read exactly as at run time.
     */
    private static List<Entry> entries(Path file) {
        List<String> lines = Arrays.asList(read(file).split("\\R", -1));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int first = i;
            String stripped = lines.get(i).stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(lines.get(i));
            while (endsWithContinuation(lines.get(i)) && i + 1 < lines.size()) {
                i++;
                logical.append('\n').append(lines.get(i));
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            one.forEach((key, value) -> entries.add(new Entry((String) key, (String) value, first + 1)));
        }
        return entries;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private record Entry(String key, String value, int line) {
    }

    record SourceFragment(String file, String code) {
    }

    record BuiltKeys(List<String> keys, List<SourceFragment> builtBy) {
    }
}
