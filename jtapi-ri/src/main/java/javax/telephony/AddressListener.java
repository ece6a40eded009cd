package javax.telephony;

import java.util.EventListener;

/** Receives address events. */
public interface AddressListener extends EventListener {
    void addressListenerEnded(AddressEvent event);
}
