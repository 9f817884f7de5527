using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Identity;

/// <summary>Loads a <see cref="SigningIdentity"/> from PKCS#12 or PEM files.</summary>
public static class SigningIdentityLoader
{
    /// <summary>Loads the identity, reading the password from the environment variable the source names.</summary>
    public static SigningIdentity Load(SigningIdentitySource source)
        => Load(source, SigningPassword.FromEnvironment(source.PasswordVariable));

    /// <summary>Loads the identity with a password the caller already holds (e.g. typed at a prompt).</summary>
    public static SigningIdentity Load(SigningIdentitySource source, string? password)
    {
        var certificateBytes = SigningFile.ReadAllBytes(source.CertificatePath, "signing certificate");
        var isPem = SigningFile.LooksLikePem(certificateBytes);
        if (!isPem && source.KeyPath is not null)
        {
            throw new SigningException(
                SigningError.KeyFileNotUsable, source.KeyPath,
                $"A separate key file was given, but {source.CertificatePath} is a PKCS#12 file, which carries its own key.",
                "Leave the key file out, or pass the certificate as PEM.");
        }

        var (signer, others) = isPem
            ? ReadPem(source, certificateBytes, password)
            : Pkcs12Identity.Read(source.CertificatePath, certificateBytes, password);

        foreach (var chainPath in source.ChainPaths ?? [])
        {
            others.AddRange(ReadChain(chainPath));
        }

        return new SigningIdentity(signer, others, source.CertificatePath);
    }

    private static (X509Certificate2, List<X509Certificate2>) ReadPem(SigningIdentitySource source, byte[] certificateBytes, string? password)
    {
        var certificatePem = PemFile.Parse(source.CertificatePath, certificateBytes);
        var certificates = certificatePem.Certificates();
        if (certificates.Count == 0)
        {
            throw new SigningException(SigningError.MalformedFile, source.CertificatePath, "The PEM file contains no CERTIFICATE block.", "Pass the signing certificate (PEM or PKCS#12).");
        }

        var keyPem = source.KeyPath is null
            ? certificatePem
            : PemFile.Parse(source.KeyPath, SigningFile.ReadAllBytes(source.KeyPath, "private key"));
        if (source.KeyPath is null && !PemPrivateKey.Contains(keyPem))
        {
            throw new SigningException(SigningError.NoPrivateKey, source.CertificatePath, "The PEM file holds certificates but no private key, and no key file was given.", "Pass the private key file too (PEM), or use a PKCS#12 file that contains the key.");
        }

        // The key's algorithm follows the first certificate; the certificate that matches the key is the signer.
        using var key = PemPrivateKey.Read(keyPem, KeyAlgorithms.Of(certificates[0], source.CertificatePath), password);
        var publicKey = key.ExportSubjectPublicKeyInfo();
        var signer = certificates.FirstOrDefault(c => c.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(publicKey));
        if (signer is null)
        {
            throw new SigningException(SigningError.KeyDoesNotMatchCertificate, keyPem.Path, $"The private key does not belong to the certificate '{certificates[0].Subject}' in {source.CertificatePath}.", "Pass the key that was generated with this certificate's request.");
        }

        var withKey = key switch
        {
            RSA rsa => signer.CopyWithPrivateKey(rsa),
            ECDsa ecdsa => signer.CopyWithPrivateKey(ecdsa),
            _ => throw new InvalidOperationException("PemPrivateKey returns RSA or ECDsa keys only."),
        };
        var others = certificates.Where(c => !ReferenceEquals(c, signer)).ToList();
        signer.Dispose();
        return (withKey, others);
    }

    private static IEnumerable<X509Certificate2> ReadChain(string path)
    {
        var bytes = SigningFile.ReadAllBytes(path, "certificate chain");
        if (!SigningFile.LooksLikePem(bytes))
        {
            try
            {
                return [CertificateDecoder.FromDer(bytes)];
            }
            catch (CryptographicException e)
            {
                throw new SigningException(SigningError.MalformedFile, path, "The chain file is neither a PEM bundle nor a DER certificate.", "Pass the intermediate certificates as a PEM bundle (-----BEGIN CERTIFICATE----- blocks).", e);
            }
        }

        var certificates = PemFile.Parse(path, bytes).Certificates();
        return certificates.Count > 0
            ? certificates
            : throw new SigningException(SigningError.MalformedFile, path, "The chain file contains no CERTIFICATE block.", "Pass the intermediate certificates as a PEM bundle (-----BEGIN CERTIFICATE----- blocks).");
    }
}
