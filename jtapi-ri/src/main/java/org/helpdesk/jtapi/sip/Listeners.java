package org.helpdesk.jtapi.sip;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A thread-safe listener list whose array view follows JTAPI: null when there are none. */
final class Listeners<T> {
    private final List<T> list = new CopyOnWriteArrayList<>();

    void add(T listener) {
        if (listener != null && !list.contains(listener)) {
            list.add(listener);
        }
    }

    void remove(T listener) {
        list.remove(listener);
    }

    List<T> snapshot() {
        return List.copyOf(list);
    }

    T[] toArray(T[] empty) {
        return list.isEmpty() ? null : list.toArray(empty);
    }
}
