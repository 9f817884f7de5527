using System.Security.Cryptography;

namespace ProfileAsCode.Signing.Identity;

/// <summary>Reads the private key of a PEM file as the algorithm the certificate's public key demands.</summary>
internal static class PemPrivateKey
{
    private static readonly string[] KeyLabels = ["PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"];

    public static bool Contains(PemFile pem) => pem.Blocks.Any(b => KeyLabels.Contains(b.Label)) || pem.HasLegacyEncryptedKey;

    public static AsymmetricAlgorithm Read(PemFile pem, KeyAlgorithm algorithm, string? password)
    {
        if (pem.HasLegacyEncryptedKey)
        {
            throw new SigningException(
                SigningError.MalformedFile, pem.Path,
                "The private key uses OpenSSL's legacy encryption (Proc-Type: 4,ENCRYPTED), which .NET cannot read.",
                "Convert it to encrypted PKCS#8: openssl pkcs8 -topk8 -v2 aes-256-cbc -in old.pem -out key.pem");
        }

        var (label, der) = pem.Blocks.FirstOrDefault(b => KeyLabels.Contains(b.Label));
        if (der is null)
        {
            throw new SigningException(SigningError.NoPrivateKey, pem.Path, "The file contains no PEM private key (PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY).", "Pass the key file that belongs to the certificate.");
        }

        if (label == "ENCRYPTED PRIVATE KEY" && password is null)
        {
            throw new SigningException(SigningError.PasswordRequired, pem.Path, "The private key is encrypted and no password was given.", "Put the password in an environment variable and pass that variable's NAME.");
        }

        AsymmetricAlgorithm key = algorithm == KeyAlgorithm.Rsa ? RSA.Create() : ECDsa.Create();
        try
        {
            Import(key, label, der, password);
            return key;
        }
        catch (CryptographicException e) when (label == "ENCRYPTED PRIVATE KEY")
        {
            key.Dispose();
            throw new SigningException(SigningError.WrongPassword, pem.Path, "The private key cannot be decrypted with the given password: the password is wrong (or the file is damaged).", "Check the value of the password variable.", e);
        }
        catch (CryptographicException e)
        {
            key.Dispose();
            throw new SigningException(SigningError.MalformedFile, pem.Path, $"The {label} block is not a valid {algorithm} private key, which the certificate's public key requires ({e.Message}).", "Pass the private key that belongs to the certificate.", e);
        }
    }

    private static void Import(AsymmetricAlgorithm key, string label, byte[] der, string? password)
    {
        switch (label, key)
        {
            case ("ENCRYPTED PRIVATE KEY", _):
                key.ImportEncryptedPkcs8PrivateKey(password, der, out _);
                break;
            case ("PRIVATE KEY", _):
                key.ImportPkcs8PrivateKey(der, out _);
                break;
            case ("RSA PRIVATE KEY", RSA rsa):
                rsa.ImportRSAPrivateKey(der, out _);
                break;
            case ("EC PRIVATE KEY", ECDsa ecdsa):
                ecdsa.ImportECPrivateKey(der, out _);
                break;
            default:
                throw new CryptographicException($"a {label} block cannot hold this key type");
        }
    }
}
