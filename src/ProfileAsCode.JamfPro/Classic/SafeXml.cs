using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ProfileAsCode.JamfPro.Classic;

/// <summary>
/// Reads and writes Classic API XML. Reading is hardened: no DTD (so no entity expansion and nothing fetched), a bound on
/// the document size, and errors that give a position but never quote the (untrusted) text. Writing goes through an
/// <see cref="XmlWriter"/>, which escapes <c>&amp; &lt; &gt;</c> in text, refuses characters XML 1.0 cannot hold, and
/// writes a carriage return as <c>&amp;#xD;</c> so the embedded profile comes back byte for byte (a parser turns a raw
/// CR into LF, XML 1.0 §2.11).
/// </summary>
internal static class SafeXml
{
    public static XDocument Parse(string xml, string what, long maxChars)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxChars,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new JamfProException(
                JamfProProblem.BadResponse,
                $"{what}: the answer is not the XML the Classic API documents (it does not parse at line {e.LineNumber}, column {e.LinePosition}).");
        }
    }

    public static string Write(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            NewLineHandling = NewLineHandling.Entitize,
            CheckCharacters = true,
            Indent = false,
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
