using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace ProfileAsCode.Signing.Identity;

/// <summary>The RFC 7468 blocks of one PEM file, in order.</summary>
internal sealed class PemFile
{
    private PemFile(string path, string text, IReadOnlyList<(string Label, byte[] Data)> blocks)
    {
        Path = path;
        Text = text;
        Blocks = blocks;
    }

    public string Path { get; }

    public string Text { get; }

    public IReadOnlyList<(string Label, byte[] Data)> Blocks { get; }

    public static PemFile Parse(string path, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var blocks = new List<(string, byte[])>();
        var rest = text.AsMemory();
        while (PemEncoding.TryFind(rest.Span, out var fields))
        {
            var block = rest.Span;
            blocks.Add((block[fields.Label].ToString(), Convert.FromBase64String(block[fields.Base64Data].ToString())));
            rest = rest[fields.Location.End..];
        }

        return new PemFile(path, text, blocks);
    }

    public IEnumerable<byte[]> BlocksLabelled(string label) => Blocks.Where(b => b.Label == label).Select(b => b.Data);

    /// <summary>OpenSSL's pre-PKCS#8 encryption ("Proc-Type: 4,ENCRYPTED" headers), which .NET cannot read.</summary>
    public bool HasLegacyEncryptedKey => Text.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal);

    public List<X509Certificate2> Certificates()
    {
        var certificates = new List<X509Certificate2>();
        foreach (var der in BlocksLabelled("CERTIFICATE"))
        {
            try
            {
                certificates.Add(CertificateDecoder.FromDer(der));
            }
            catch (CryptographicException e)
            {
                throw new SigningException(SigningError.MalformedFile, Path, $"A CERTIFICATE block is not a valid X.509 certificate ({e.Message}).", "Re-export the certificate as PEM (openssl x509 -in cert -out cert.pem).", e);
            }
        }

        return certificates;
    }
}
