package javax.telephony;

import java.util.EventListener;

/** Receives provider state events. */
public interface ProviderListener extends EventListener {
    void providerEventTransmissionEnded(ProviderEvent event);

    void providerInService(ProviderEvent event);

    void providerOutOfService(ProviderEvent event);

    void providerShutdown(ProviderEvent event);
}
