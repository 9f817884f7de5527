using System.Globalization;
using System.Text;
using System.Xml;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Testing.FakeJamf;

/// <summary>
/// The server's own plist text for <c>general/payloads</c>, in the shape of Jamf's documented sample: no indentation,
/// <c>&lt;plist version="1"&gt;</c>. Written with <see cref="XmlWriter"/>, independently of the project's plist writer,
/// so a plan that compares equal after apply proves a semantic comparison, not equal bytes.
/// </summary>
internal static class CompactPlistWriter
{
    public static string Write(PlistValue root)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n");
        var settings = new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, NewLineHandling = NewLineHandling.Entitize, CheckCharacters = true };
        using (var writer = XmlWriter.Create(text, settings))
        {
            writer.WriteStartElement("plist");
            writer.WriteAttributeString("version", "1");
            WriteValue(writer, root);
            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private static void WriteValue(XmlWriter writer, PlistValue value)
    {
        switch (value)
        {
            case PlistDictionary dict:
                writer.WriteStartElement("dict");
                foreach (var (key, item) in dict.OrderByDescending(e => e.Key.StartsWith("Payload", StringComparison.Ordinal)))
                {
                    writer.WriteElementString("key", key);
                    WriteValue(writer, item);
                }

                writer.WriteEndElement();
                break;
            case PlistArray array:
                writer.WriteStartElement("array");
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndElement();
                break;
            case PlistString s:
                writer.WriteElementString("string", s.Value);
                break;
            case PlistInteger i:
                writer.WriteElementString("integer", i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case PlistReal r:
                writer.WriteElementString("real", r.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            case PlistBoolean b:
                writer.WriteStartElement(b.Value ? "true" : "false");
                writer.WriteEndElement();
                break;
            case PlistDate d:
                writer.WriteElementString("date", d.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            case PlistData data:
                writer.WriteElementString("data", Convert.ToBase64String(data.Value.AsSpan()));
                break;
        }
    }
}
