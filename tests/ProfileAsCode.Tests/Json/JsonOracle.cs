using System.Globalization;
using System.Text;
using System.Text.Json;
using ProfileAsCode.Json;

namespace ProfileAsCode.Tests.Json;

/// <summary>
/// System.Text.Json as the independent implementation: both readers' results in one canonical text
/// (members in order, every non-alphanumeric character as \uXXXX, numbers as written), or null when the
/// reader refuses the input.
/// </summary>
internal static class JsonOracle
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        MaxDepth = JsonLimits.Default.MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    public static string? SystemTextJson(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, Strict);
            var builder = new StringBuilder();
            Write(document.RootElement, builder);
            return builder.ToString();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            return null; // GetString/Name throw InvalidOperationException for lone surrogates and invalid UTF-8
        }
    }

    public static string? Ours(byte[] utf8, out JsonFormatException? refusal)
    {
        refusal = null;
        try
        {
            var builder = new StringBuilder();
            Write(JsonReader.Parse(utf8), builder);
            return builder.ToString();
        }
        catch (JsonFormatException e)
        {
            refusal = e;
            return null;
        }
    }

    public static string Canonical(JsonValue value)
    {
        var builder = new StringBuilder();
        Write(value, builder);
        return builder.ToString();
    }

    private static void Write(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject())
                {
                    builder.Append(first ? string.Empty : ",");
                    first = false;
                    Quote(property.Name, builder);
                    builder.Append(':');
                    Write(property.Value, builder);
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in element.EnumerateArray())
                {
                    builder.Append(firstItem ? string.Empty : ",");
                    firstItem = false;
                    Write(item, builder);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                Quote(element.GetString()!, builder);
                break;
            case JsonValueKind.Number:
                builder.Append(element.GetRawText());
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }

    private static void Write(JsonValue value, StringBuilder builder)
    {
        switch (value)
        {
            case JsonObject obj:
                builder.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    Quote(obj.Members[i].Name, builder);
                    builder.Append(':');
                    Write(obj.Members[i].Value, builder);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    Write(array.Items[i], builder);
                }

                builder.Append(']');
                break;
            case JsonString text:
                Quote(text.Value, builder);
                break;
            case JsonNumber number:
                builder.Append(number.Text);
                break;
            default:
                builder.Append(value.Kind switch { JsonKind.True => "true", JsonKind.False => "false", _ => "null" });
                break;
        }
    }

    private static void Quote(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        builder.Append('"');
    }
}
