package org.helpdesk.request;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which numbers Helpdesk agrees to call. Our defence against toll fraud: a call-back to a premium-rate or personal
 * number or to a far country costs the call centre money, so only valid numbers of the allowed countries and of the
 * callable kinds ({@link NumberKind}: landlines and mobiles unless configured otherwise, never premium-rate or
 * shared-cost) become requests.
 */
public final class PhoneNumberPolicy {

    private static final int MAX_INPUT_LENGTH = 40;

    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    private final Set<String> allowedRegions;
    private final Set<NumberKind> callableKinds;
    private final String callableInWords;

    /** A policy that calls landlines and mobiles ({@link NumberKind#DEFAULT_CALLABLE}). */
    public PhoneNumberPolicy(String defaultRegion, Set<String> allowedRegions) {
        this(defaultRegion, allowedRegions, NumberKind.DEFAULT_CALLABLE);
    }

    /**
     * @param defaultRegion ISO 3166 code used for numbers written without a country code
     * @param allowedRegions ISO 3166 codes we call; empty means the default region only
     * @param callableKinds the kinds of number we call; none that {@link NumberKind#mayBeCalled may never be called}
     */
    public PhoneNumberPolicy(String defaultRegion, Set<String> allowedRegions, Set<NumberKind> callableKinds) {
        this.defaultRegion = defaultRegion.trim().toUpperCase(Locale.ROOT);
        if (!numbers.getSupportedRegions().contains(this.defaultRegion)) {
            throw new IllegalArgumentException("unknown default region " + defaultRegion);
        }
        Set<String> regions = allowedRegions.stream()
                .map(region -> region.trim().toUpperCase(Locale.ROOT))
                .filter(region -> !region.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.allowedRegions = regions.isEmpty() ? Set.of(this.defaultRegion) : regions;
        if (callableKinds.isEmpty() || !callableKinds.stream().allMatch(NumberKind::mayBeCalled)) {
            throw new IllegalArgumentException("numbers to call must be of kinds that may be called: "
                    + callableKinds);
        }
        this.callableKinds = Set.copyOf(callableKinds);
        this.callableInWords = NumberKind.plural(this.callableKinds);
    }

    public PhoneNumber accept(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidHelpRequestException(field, "is required");
        }
        if (raw.length() > MAX_INPUT_LENGTH) {
            throw new InvalidHelpRequestException(field, "is too long to be a phone number");
        }
        Phonenumber.PhoneNumber parsed = parse(field, raw);
        if (!numbers.isValidNumber(parsed)) {
            throw new InvalidHelpRequestException(field, "is not a valid phone number");
        }
        String region = numbers.getRegionCodeForNumber(parsed);
        if (region == null || !allowedRegions.contains(region)) {
            throw new InvalidHelpRequestException(field, "is in a country we do not call"
                    + (region == null ? "" : " (" + region + ")"));
        }
        PhoneNumberType type = numbers.getNumberType(parsed);
        if (!NumberKind.includes(callableKinds, type)) {
            throw new InvalidHelpRequestException(field, "is " + NumberKind.describe(type) + "; we call only "
                    + callableInWords);
        }
        return PhoneNumber.ofE164(numbers.format(parsed, PhoneNumberFormat.E164));
    }

    private Phonenumber.PhoneNumber parse(String field, String raw) {
        try {
            return numbers.parse(raw.strip(), defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidHelpRequestException(field, "is not a phone number");
        }
    }

    public Set<String> allowedRegions() {
        return allowedRegions;
    }
}
