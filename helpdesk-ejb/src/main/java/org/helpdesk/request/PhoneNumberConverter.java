package org.helpdesk.request;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

    @Override
    public String convertToDatabaseColumn(PhoneNumber number) {
        return number == null ? null : number.e164();
    }

    @Override
    public PhoneNumber convertToEntityAttribute(String e164) {
        return e164 == null ? null : PhoneNumber.ofE164(e164);
    }
}
