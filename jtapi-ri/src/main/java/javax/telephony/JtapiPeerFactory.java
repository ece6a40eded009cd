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
            return (JtapiPeer) load(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new JtapiPeerUnavailableException("JtapiPeer " + name + " could not be instantiated: " + e);
        }
    }

    /** Looks in the thread's context class loader first (application servers), then beside this class. */
    private static Class<?> load(String name) throws ClassNotFoundException {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            try {
                return Class.forName(name, true, context);
            } catch (ClassNotFoundException e) {
                // fall through to this class's own loader
            }
        }
        return Class.forName(name, true, JtapiPeerFactory.class.getClassLoader());
    }
}
