using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace ProfileAsCode.Signing.Verification;

/// <summary>Recognises signed profiles and takes them apart without judging the signature.</summary>
public static class SignedProfileReader
{
    private const string SignedDataOid = "1.2.840.113549.1.7.2";

    /// <summary>True when <paramref name="bytes"/> is a DER/BER CMS ContentInfo holding SignedData.</summary>
    public static bool IsSignedData(byte[] bytes)
    {
        // Every ContentInfo starts with a SEQUENCE tag; checking it first keeps plain plists away from the decoder.
        if (bytes.Length < 2 || bytes[0] != 0x30)
        {
            return false;
        }

        try
        {
            return ContentInfo.GetContentType(bytes).Value == SignedDataOid;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The profile inside a signed profile, like `security cms -D`; the signature is not checked.</summary>
    public static byte[] ExtractContent(byte[] signed, string file) => Decode(signed, file).ContentInfo.Content;

    internal static SignedCms Decode(byte[] signed, string file)
    {
        if (!IsSignedData(signed))
        {
            throw NotSigned(file, signed);
        }

        var cms = new SignedCms();
        try
        {
            cms.Decode(signed);
        }
        catch (CryptographicException e)
        {
            throw new SigningException(SigningError.NotSignedData, file, $"The CMS SignedData structure is damaged ({e.Message}).", "Sign the profile again from its source.", e);
        }

        if (cms.Detached || cms.ContentInfo.Content.Length == 0)
        {
            throw new SigningException(SigningError.NotSignedData, file, "The signature carries no profile (a detached signature).", "Sign with the profile attached (openssl cms -sign -nodetach).");
        }

        return cms;
    }

    private static SigningException NotSigned(string file, byte[] bytes)
    {
        var plist = bytes.AsSpan().StartsWith("<?xml"u8) || bytes.AsSpan().StartsWith("bplist"u8) || bytes.AsSpan().StartsWith("\uFEFF<?xml"u8);
        return new SigningException(
            SigningError.NotSignedData, file,
            plist ? "The file is an unsigned property list, not a signed profile." : "The file is not a CMS SignedData (not a signed profile).",
            plist ? "There is nothing to unsign or verify; use the file as it is." : "Pass a .mobileconfig signed with `security cms -S`, `openssl cms -sign -nodetach -outform DER` or ProfileAsCode.");
    }
}
