using System.Text;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.Input;

/// <summary>What bytes that are not a property list look like, in words for a message: text, DER, or binary data.</summary>
internal static class ContentKind
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Describe(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return "empty";
        }

        if (bytes[0] == 0x30)
        {
            return $"other DER data ({bytes.Length} bytes; a certificate or key, not a property list)";
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 256));
        if (LooksLikeText(head))
        {
            var text = Encoding.UTF8.GetString(head);
            return $"text ({bytes.Length} bytes, starting {UntrustedText.Quote(text, 40)})";
        }

        return $"binary data ({bytes.Length} bytes, starting {Convert.ToHexString(head[..Math.Min(head.Length, 8)])})";
    }

    /// <summary>Valid UTF-8 (a cut multi-byte character at the end aside) with no controls but tab and line ends.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(head);
        }
        catch (DecoderFallbackException)
        {
            if (head.Length < 256)
            {
                return false;
            }

            // The 256-byte window may end inside a character.
            return LooksLikeText(head[..^3]);
        }

        return text.All(c => !char.IsControl(c) || c is '\t' or '\n' or '\r');
    }
}
