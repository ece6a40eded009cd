package javax.telephony;

/** An event about a provider's state. */
public interface ProviderEvent extends Event {
    int PROVIDER_IN_SERVICE = 111;
    int PROVIDER_EVENT_TRANSMISSION_ENDED = 112;
    int PROVIDER_OUT_OF_SERVICE = 113;
    int PROVIDER_SHUTDOWN = 114;

    Provider getProvider();
}
