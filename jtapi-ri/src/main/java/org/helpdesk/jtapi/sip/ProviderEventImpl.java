package org.helpdesk.jtapi.sip;

import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;

/** A provider state change. */
final class ProviderEventImpl implements ProviderEvent {
    private final Provider provider;
    private final int id;

    ProviderEventImpl(Provider provider, int id) {
        this.provider = provider;
        this.id = id;
    }

    @Override
    public Provider getProvider() {
        return provider;
    }

    @Override
    public int getCause() {
        return Event.CAUSE_NORMAL;
    }

    @Override
    public int getID() {
        return id;
    }

    @Override
    public MetaEvent getMetaEvent() {
        return null;
    }

    @Override
    public Object getSource() {
        return provider;
    }
}
