package javax.telephony.callcenter;

import javax.telephony.AddressEvent;

/** An agent state change, seen from the ACD address. */
public interface ACDAddressEvent extends CallCenterEvent, AddressEvent {
    int ACD_ADDRESS_BUSY = 300;
    int ACD_ADDRESS_LOGGED_OFF = 301;
    int ACD_ADDRESS_LOGGED_ON = 302;
    int ACD_ADDRESS_NOT_READY = 303;
    int ACD_ADDRESS_READY = 304;
    int ACD_ADDRESS_UNKNOWN = 305;
    int ACD_ADDRESS_WORK_NOT_READY = 306;
    int ACD_ADDRESS_WORK_READY = 307;

    Agent getAgent();
}
