using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ProfileAsCode.Signing.Identity;

namespace ProfileAsCode.Testing.Signing;

/// <summary>A root → intermediate → signer chain of one key type, written to a folder as PEM and PKCS#12.</summary>
public sealed class TestChain
{
    public const string Password = "Corr3ct-Horse-9f2a";

    private TestChain(string directory, KeyAlgorithm algorithm)
    {
        Directory = directory;
        Algorithm = algorithm;
        System.IO.Directory.CreateDirectory(directory);
        var now = DateTimeOffset.UtcNow;

        using var rootKey = NewKey();
        Root = SelfSigned("CN=ProfileAsCode Test Root " + algorithm, rootKey, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), now.AddYears(10));
        using var intermediateKey = NewKey();
        Intermediate = Issue("CN=ProfileAsCode Test Intermediate " + algorithm, intermediateKey, Root, new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), now.AddYears(5), ca: true, X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign);
        SignerKey = NewKey();
        Signer = Issue("CN=ProfileAsCode Test Signer " + algorithm, SignerKey, Intermediate, SignerNotBefore, now.AddYears(1), ca: false, X509KeyUsageFlags.DigitalSignature);

        Write("root.pem", Root.ExportCertificatePem());
        Write("intermediate.pem", Intermediate.ExportCertificatePem());
        Write("signer.pem", Signer.ExportCertificatePem());
        Write("signer.key.pem", SignerKey.ExportPkcs8PrivateKeyPem());
        Write("signer.enc.key.pem", SignerKey.ExportEncryptedPkcs8PrivateKeyPem(Password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000)));
        Write("signer+key.pem", Signer.ExportCertificatePem() + "\n" + SignerKey.ExportPkcs8PrivateKeyPem());
        File.WriteAllBytes(PathOf("signer.p12"), new X509Certificate2Collection { Signer, Intermediate }.Export(X509ContentType.Pkcs12, Password)!);
    }

    /// <summary>The signer is valid from here; <see cref="TestProfiles.FixedTime"/> lies after it.</summary>
    public static readonly DateTimeOffset SignerNotBefore = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private AsymmetricAlgorithm? leafKey;

    public string Directory { get; }

    public KeyAlgorithm Algorithm { get; }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    /// <summary>The signer certificate with its private key.</summary>
    public X509Certificate2 Signer { get; }

    public AsymmetricAlgorithm SignerKey { get; }

    public string RootPem => PathOf("root.pem");

    public string IntermediatePem => PathOf("intermediate.pem");

    public string SignerPem => PathOf("signer.pem");

    public string SignerKeyPem => PathOf("signer.key.pem");

    public string SignerEncryptedKeyPem => PathOf("signer.enc.key.pem");

    public string SignerWithKeyPem => PathOf("signer+key.pem");

    /// <summary>Signer, key and intermediate, protected by <see cref="Password"/>.</summary>
    public string SignerP12 => PathOf("signer.p12");

    public static TestChain Create(string directory, KeyAlgorithm algorithm) => new(directory, algorithm);

    public string PathOf(string name) => Path.Combine(Directory, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return PathOf(name);
    }

    public SigningIdentity LoadPem() => SigningIdentityLoader.Load(new SigningIdentitySource(SignerPem, SignerKeyPem, ChainPaths: [IntermediatePem]));

    public AsymmetricAlgorithm NewKey() => Algorithm == KeyAlgorithm.Rsa ? RSA.Create(2048) : ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>A certificate issued by the intermediate, with its private key.</summary>
    public X509Certificate2 IssueLeaf(string subject, AsymmetricAlgorithm key, DateTimeOffset notBefore, DateTimeOffset notAfter, bool ca = false, X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature)
        => Issue(subject, key, Intermediate, notBefore, notAfter, ca, usage);

    /// <summary>A leaf issued by the intermediate, written as PEM certificate + key + chain and loaded back.</summary>
    public SigningIdentity LoadLeaf(string name, DateTimeOffset notBefore, DateTimeOffset notAfter, bool ca = false, X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature)
    {
        // One key for all such leaves: RSA key generation costs seconds on a busy machine.
        var key = leafKey ??= NewKey();
        using var leaf = IssueLeaf("CN=" + name, key, notBefore, notAfter, ca, usage);
        var certificate = Write(name + ".pem", leaf.ExportCertificatePem());
        var keyFile = Write(name + ".key.pem", key.ExportPkcs8PrivateKeyPem());
        return SigningIdentityLoader.Load(new SigningIdentitySource(certificate, keyFile, ChainPaths: [IntermediatePem]));
    }

    private static CertificateRequest Request(string subject, AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ECDsa ecdsa => new CertificateRequest(subject, ecdsa, HashAlgorithmName.SHA256),
        _ => throw new ArgumentException("RSA or ECDSA only", nameof(key)),
    };

    private static X509Certificate2 SelfSigned(string subject, AsymmetricAlgorithm key, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var request = Request(subject, key);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    private static X509Certificate2 Issue(string subject, AsymmetricAlgorithm key, X509Certificate2 issuer, DateTimeOffset notBefore, DateTimeOffset notAfter, bool ca, X509KeyUsageFlags usage)
    {
        var request = Request(subject, key);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(ca, ca, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(issuer, notBefore, notAfter, serial);
        return key switch
        {
            RSA rsa => issued.CopyWithPrivateKey(rsa),
            ECDsa ecdsa => issued.CopyWithPrivateKey(ecdsa),
            _ => throw new ArgumentException("RSA or ECDSA only", nameof(key)),
        };
    }
}
