package javax.telephony.events;

import javax.telephony.Provider;

/**
 * A JTAPI 1.2 observer event about a provider.
 *
 * @deprecated since JTAPI 1.4, use the listener events.
 */
@Deprecated
public interface ProvEv extends Ev {
    Provider getProvider();
}
