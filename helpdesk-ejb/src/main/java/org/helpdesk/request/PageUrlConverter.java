package org.helpdesk.request;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PageUrlConverter implements AttributeConverter<PageUrl, String> {

    @Override
    public String convertToDatabaseColumn(PageUrl url) {
        return url == null ? null : url.value();
    }

    @Override
    public PageUrl convertToEntityAttribute(String value) {
        return value == null ? null : PageUrl.ofStored(value);
    }
}
