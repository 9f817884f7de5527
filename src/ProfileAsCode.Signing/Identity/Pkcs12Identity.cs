using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Identity;

/// <summary>Reads a PKCS#12 (.p12/.pfx) file: the certificate with a private key, and the rest.</summary>
internal static class Pkcs12Identity
{
    public static (X509Certificate2 Signer, List<X509Certificate2> Others) Read(string path, byte[] bytes, string? password)
    {
        Pkcs12Info info;
        try
        {
            info = Pkcs12Info.Decode(bytes, out _, skipCopy: true);
        }
        catch (CryptographicException e)
        {
            throw new SigningException(SigningError.MalformedFile, path, "The file is neither PEM nor a valid PKCS#12 (.p12/.pfx) file.", "Export the signing identity as PKCS#12, or pass a PEM certificate and key.", e);
        }

        var effectivePassword = MacPassword(path, info, password);
        X509Certificate2Collection all;
        try
        {
            all = CertificateDecoder.FromPkcs12(bytes, effectivePassword, StorageFlags);
        }
        catch (CryptographicException e)
        {
            throw new SigningException(SigningError.MalformedFile, path, $"The PKCS#12 file cannot be read ({e.Message}).", "Re-export it, e.g. openssl pkcs12 -export -inkey key.pem -in cert.pem -out identity.p12", e);
        }

        var withKey = all.Where(c => c.HasPrivateKey).OrderBy(c => CertificateFacts.IsCertificateAuthority(c) ? 1 : 0).FirstOrDefault();
        if (withKey is null)
        {
            foreach (var certificate in all)
            {
                certificate.Dispose();
            }

            throw new SigningException(SigningError.NoPrivateKey, path, "The PKCS#12 file contains certificates but no private key.", "Export the identity together with its private key.");
        }

        return (withKey, all.Where(c => !ReferenceEquals(c, withKey)).ToList());
    }

    /// <summary>
    /// Checks the password against the file's MAC first, so a wrong password is reported as such and
    /// not as a damaged file. Without a password both "no password" and "empty password" are tried,
    /// because exporters differ in which they mean.
    /// </summary>
    private static string? MacPassword(string path, Pkcs12Info info, string? password)
    {
        if (info.IntegrityMode != Pkcs12IntegrityMode.Password)
        {
            return password;
        }

        if (password is not null)
        {
            return info.VerifyMac(password)
                ? password
                : throw new SigningException(SigningError.WrongPassword, path, "The password for the PKCS#12 file is wrong.", "Check the value of the password variable.");
        }

        if (info.VerifyMac((string?)null))
        {
            return null;
        }

        return info.VerifyMac(string.Empty)
            ? string.Empty
            : throw new SigningException(SigningError.PasswordRequired, path, "The PKCS#12 file is password-protected and no password was given.", "Put the password in an environment variable and pass that variable's NAME.");
    }

    // macOS cannot hold ephemeral keys; everywhere else keys stay in memory and never touch a key store.
    private static X509KeyStorageFlags StorageFlags => OperatingSystem.IsMacOS() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet;
}
