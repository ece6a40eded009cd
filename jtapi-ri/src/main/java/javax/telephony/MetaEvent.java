package javax.telephony;

/** Brackets a group of related events (for example, the events of one transfer). */
public interface MetaEvent extends Event {
}
