package org.helpdesk.cti;

import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.ConnectionListener;
import javax.telephony.MetaEvent;

/** A JTAPI call listener that ignores everything: listeners here override only the events they translate. */
abstract class CallEventsAdapter implements ConnectionListener {

    @Override
    public void connectionAlerting(ConnectionEvent event) {
    }

    @Override
    public void connectionConnected(ConnectionEvent event) {
    }

    @Override
    public void connectionCreated(ConnectionEvent event) {
    }

    @Override
    public void connectionDisconnected(ConnectionEvent event) {
    }

    @Override
    public void connectionFailed(ConnectionEvent event) {
    }

    @Override
    public void connectionInProgress(ConnectionEvent event) {
    }

    @Override
    public void connectionUnknown(ConnectionEvent event) {
    }

    @Override
    public void callActive(CallEvent event) {
    }

    @Override
    public void callEventTransmissionEnded(CallEvent event) {
    }

    @Override
    public void callInvalid(CallEvent event) {
    }

    @Override
    public void multiCallMetaMergeEnded(MetaEvent event) {
    }

    @Override
    public void multiCallMetaMergeStarted(MetaEvent event) {
    }

    @Override
    public void multiCallMetaTransferEnded(MetaEvent event) {
    }

    @Override
    public void multiCallMetaTransferStarted(MetaEvent event) {
    }

    @Override
    public void singleCallMetaProgressEnded(MetaEvent event) {
    }

    @Override
    public void singleCallMetaProgressStarted(MetaEvent event) {
    }

    @Override
    public void singleCallMetaSnapshotEnded(MetaEvent event) {
    }

    @Override
    public void singleCallMetaSnapshotStarted(MetaEvent event) {
    }
}
