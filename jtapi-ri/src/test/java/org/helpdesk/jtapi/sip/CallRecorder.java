package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.ConnectionListener;
import javax.telephony.MetaEvent;
import javax.telephony.callcenter.CallCenterCallEvent;
import javax.telephony.callcenter.CallCenterCallListener;
import javax.telephony.callcenter.CallCenterTrunkEvent;

/** Records every call and connection event with the thread it arrived on. */
class CallRecorder implements ConnectionListener, CallCenterCallListener {
    final List<CallEvent> events = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    void record(CallEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
    }

    /** "address:EVENT" lines for connection events, in arrival order. */
    List<String> connectionStates(String address) {
        return events.stream().filter(e -> e instanceof ConnectionEvent)
                .map(e -> (ConnectionEvent) e)
                .filter(e -> e.getConnection().getAddress().getName().equals(address) && e.getID() < 200)
                .map(e -> name(e.getID())).collect(Collectors.toList());
    }

    ConnectionEvent last(String address, int id) {
        return events.stream().filter(e -> e instanceof ConnectionEvent && e.getID() == id)
                .map(e -> (ConnectionEvent) e)
                .filter(e -> e.getConnection().getAddress().getName().equals(address))
                .reduce((first, second) -> second).orElseThrow();
    }

    void awaitCallEnded() {
        await().atMost(Duration.ofSeconds(40))
                .until(() -> events.stream().anyMatch(e -> e.getID() == CallEvent.CALL_EVENT_TRANSMISSION_ENDED));
    }

    static String name(int id) {
        switch (id) {
            case ConnectionEvent.CONNECTION_CREATED: return "CREATED";
            case ConnectionEvent.CONNECTION_IN_PROGRESS: return "INPROGRESS";
            case ConnectionEvent.CONNECTION_ALERTING: return "ALERTING";
            case ConnectionEvent.CONNECTION_CONNECTED: return "CONNECTED";
            case ConnectionEvent.CONNECTION_DISCONNECTED: return "DISCONNECTED";
            case ConnectionEvent.CONNECTION_FAILED: return "FAILED";
            default: return "EVENT-" + id;
        }
    }

    @Override public void connectionAlerting(ConnectionEvent event) { record(event); }
    @Override public void connectionConnected(ConnectionEvent event) { record(event); }
    @Override public void connectionCreated(ConnectionEvent event) { record(event); }
    @Override public void connectionDisconnected(ConnectionEvent event) { record(event); }
    @Override public void connectionFailed(ConnectionEvent event) { record(event); }
    @Override public void connectionInProgress(ConnectionEvent event) { record(event); }
    @Override public void connectionUnknown(ConnectionEvent event) { record(event); }
    @Override public void callActive(CallEvent event) { record(event); }
    @Override public void callInvalid(CallEvent event) { record(event); }
    @Override public void callEventTransmissionEnded(CallEvent event) { record(event); }
    @Override public void applicationData(CallCenterCallEvent event) { record(event); }
    @Override public void trunkInvalid(CallCenterTrunkEvent event) { }
    @Override public void trunkValid(CallCenterTrunkEvent event) { }
    @Override public void multiCallMetaMergeEnded(MetaEvent event) { }
    @Override public void multiCallMetaMergeStarted(MetaEvent event) { }
    @Override public void multiCallMetaTransferEnded(MetaEvent event) { }
    @Override public void multiCallMetaTransferStarted(MetaEvent event) { }
    @Override public void singleCallMetaProgressEnded(MetaEvent event) { }
    @Override public void singleCallMetaProgressStarted(MetaEvent event) { }
    @Override public void singleCallMetaSnapshotEnded(MetaEvent event) { }
    @Override public void singleCallMetaSnapshotStarted(MetaEvent event) { }
}
