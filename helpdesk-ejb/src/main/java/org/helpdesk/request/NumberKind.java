package org.helpdesk.request;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of telephone number that libphonenumber tells apart ({@link PhoneNumberType}), in the words a customer
 * reads, and which of them may be called at all. {@code FIXED_LINE_OR_MOBILE} (a country, such as the US, whose
 * landline and mobile numbers look alike) is no kind of its own: it is callable when either is.
 */
public enum NumberKind {
    FIXED_LINE("landline", "a landline number"),
    MOBILE("mobile", "a mobile number"),
    TOLL_FREE("toll-free", "a toll-free number"),
    VOIP("internet (VoIP)", "an internet (VoIP) number"),
    PERSONAL_NUMBER("personal", "a personal number, which can carry charges"),
    PAGER("pager", "a pager number"),
    UAN("company access", "a company's universal access number"),
    VOICEMAIL("voicemail", "a voicemail access number"),
    UNKNOWN("unclassified", "a number of a kind we cannot tell"),
    /** Never called, whatever is configured: the call costs us what the number's owner earns (toll fraud). */
    PREMIUM_RATE("premium-rate", "a premium-rate number"),
    /** Never called, whatever is configured: the caller's side shares the cost. */
    SHARED_COST("shared-cost", "a shared-cost number");

    /** What Helpdesk calls unless configured otherwise. */
    public static final Set<NumberKind> DEFAULT_CALLABLE = Set.of(FIXED_LINE, MOBILE);

    private final String adjective;
    private final String description;

    NumberKind(String adjective, String description) {
        this.adjective = adjective;
        this.description = description;
    }

    /** Whether an operator may choose to call numbers of this kind. */
    public boolean mayBeCalled() {
        return this != PREMIUM_RATE && this != SHARED_COST;
    }

    /** What a number of libphonenumber's {@code type} is, after "is": "a personal number, which can carry charges". */
    static String describe(PhoneNumberType type) {
        return type == PhoneNumberType.FIXED_LINE_OR_MOBILE ? "a landline or mobile number"
                : valueOf(type.name()).description;
    }

    /** Whether a number of libphonenumber's {@code type} is of one of these kinds. */
    static boolean includes(Set<NumberKind> kinds, PhoneNumberType type) {
        if (type == PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            return kinds.contains(FIXED_LINE) || kinds.contains(MOBILE);
        }
        return kinds.contains(valueOf(type.name()));
    }

    /** "landline and mobile numbers", in the order of this enum. */
    static String plural(Set<NumberKind> kinds) {
        List<String> words = Arrays.stream(values()).filter(kinds::contains).map(kind -> kind.adjective).toList();
        String last = words.get(words.size() - 1);
        return (words.size() == 1 ? last : String.join(", ", words.subList(0, words.size() - 1)) + " and " + last)
                + " numbers";
    }

    /**
     * Reads a configured list such as {@code FIXED_LINE,MOBILE,TOLL_FREE} (any case).
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown kind, one that is never called, none at all
     */
    public static Set<NumberKind> parse(String commaSeparated) {
        Set<NumberKind> kinds = Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(NumberKind::named)
                .collect(Collectors.toUnmodifiableSet());
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("name at least one kind of number to call, e.g. FIXED_LINE,MOBILE");
        }
        return kinds;
    }

    private static NumberKind named(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals(PhoneNumberType.FIXED_LINE_OR_MOBILE.name())) {
            throw new IllegalArgumentException("name FIXED_LINE and MOBILE instead of FIXED_LINE_OR_MOBILE");
        }
        NumberKind kind;
        try {
            kind = valueOf(upper);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind of number \"" + name + "\"; the kinds are "
                    + Arrays.stream(values()).filter(NumberKind::mayBeCalled).map(Enum::name)
                            .collect(Collectors.joining(", ")));
        }
        if (!kind.mayBeCalled()) {
            throw new IllegalArgumentException(kind + " numbers are never called (toll fraud)");
        }
        return kind;
    }
}
