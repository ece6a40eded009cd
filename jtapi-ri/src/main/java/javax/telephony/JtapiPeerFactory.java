package javax.telephony;

/**
 * Loads a {@link JtapiPeer} by class name. With a null or empty name it loads the class {@code DefaultJtapiPeer}
 * from the default package, as the specification prescribes.
 */
public class JtapiPeerFactory {
    private static final String DEFAULT_PEER = "DefaultJtapiPeer";

    public JtapiPeerFactory() {
    }

    public static synchronized JtapiPeer getJtapiPeer(String jtapiPeerName) throws JtapiPeerUnavailableException {
        String name = jtapiPeerName == null || jtapiPeerName.isEmpty() ? DEFAULT_PEER : jtapiPeerName;
        try {
            Class<?> type = Class.forName(name, true, loader());
            return (JtapiPeer) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new JtapiPeerUnavailableException("JtapiPeer " + name + " could not be instantiated: " + e);
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : JtapiPeerFactory.class.getClassLoader();
    }
}
