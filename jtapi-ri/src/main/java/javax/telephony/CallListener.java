package javax.telephony;

import java.util.EventListener;

/** Receives call state events and meta events. */
public interface CallListener extends EventListener {
    void callActive(CallEvent event);

    void callEventTransmissionEnded(CallEvent event);

    void callInvalid(CallEvent event);

    void multiCallMetaMergeEnded(MetaEvent event);

    void multiCallMetaMergeStarted(MetaEvent event);

    void multiCallMetaTransferEnded(MetaEvent event);

    void multiCallMetaTransferStarted(MetaEvent event);

    void singleCallMetaProgressEnded(MetaEvent event);

    void singleCallMetaProgressStarted(MetaEvent event);

    void singleCallMetaSnapshotEnded(MetaEvent event);

    void singleCallMetaSnapshotStarted(MetaEvent event);
}
