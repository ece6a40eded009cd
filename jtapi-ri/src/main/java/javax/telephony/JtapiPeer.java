package javax.telephony;

/** An implementation of JTAPI: the entry point that hands out providers. */
public interface JtapiPeer {
    String getName();

    Provider getProvider(String providerString) throws ProviderUnavailableException;

    String[] getServices();
}
