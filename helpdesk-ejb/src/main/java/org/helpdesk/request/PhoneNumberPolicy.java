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
 * Which numbers Helpdesk agrees to call. Our defence against toll fraud: a call-back to a premium-rate number or to
 * a far country costs the call centre money, so only valid numbers of the allowed countries, and none that charge
 * the caller's side extra, become requests.
 */
public final class PhoneNumberPolicy {

    private static final int MAX_INPUT_LENGTH = 40;
    private static final Set<PhoneNumberType> REFUSED_TYPES = Set.of(
            PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST);

    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    private final Set<String> allowedRegions;

    /**
     * @param defaultRegion ISO 3166 code used for numbers written without a country code
     * @param allowedRegions ISO 3166 codes we call; empty means the default region only
     */
    public PhoneNumberPolicy(String defaultRegion, Set<String> allowedRegions) {
        this.defaultRegion = defaultRegion.trim().toUpperCase(Locale.ROOT);
        if (!numbers.getSupportedRegions().contains(this.defaultRegion)) {
            throw new IllegalArgumentException("unknown default region " + defaultRegion);
        }
        Set<String> regions = allowedRegions.stream()
                .map(region -> region.trim().toUpperCase(Locale.ROOT))
                .filter(region -> !region.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.allowedRegions = regions.isEmpty() ? Set.of(this.defaultRegion) : regions;
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
        if (REFUSED_TYPES.contains(numbers.getNumberType(parsed))) {
            throw new InvalidHelpRequestException(field, "is a premium-rate or shared-cost number, which we do not call");
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
