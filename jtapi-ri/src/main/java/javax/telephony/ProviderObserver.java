package javax.telephony;

import javax.telephony.events.ProvEv;

/**
 * The JTAPI 1.2 observer of a provider.
 *
 * @deprecated since JTAPI 1.4, use the listener interfaces.
 */
@Deprecated
public interface ProviderObserver {
    void providerChangedEvent(ProvEv[] eventList);
}
