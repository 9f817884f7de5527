using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Identity;

/// <summary>
/// The net8.0 certificate constructors, on purpose instead of X509CertificateLoader: on net8.0 that type
/// lives in Microsoft.Bcl.Cryptography, which a net9.0+ consumer of this assembly does not deploy
/// (the Pkcs package drops the dependency there), so the load fails at run time.
/// </summary>
internal static class CertificateDecoder
{
    public static X509Certificate2 FromDer(byte[] der) => new(der);

    public static X509Certificate2Collection FromPkcs12(byte[] pkcs12, string? password, X509KeyStorageFlags flags)
    {
        var collection = new X509Certificate2Collection();
        collection.Import(pkcs12, password, flags);
        return collection;
    }
}
