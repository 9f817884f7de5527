using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Designs records for settings of an unknown domain from the values found: one
/// <c>[PayloadKey]</c> property per key, typed by its value (string, bool, long, double, DateTime,
/// byte[], lists of one scalar type), nested dictionaries as nested records. A list of mixed or
/// container items has no typed property (the builder refuses declared <c>object</c>), so it goes to
/// the record's <c>[AdditionalKeys]</c> as plain objects, as does a key that no <c>[PayloadKey]</c> can hold. Every value builds back with the same plist type.
/// </summary>
internal sealed class RecordInference(TypeNames names, ISet<string> takenTypeNames, GuidConstants strings)
{
    private readonly List<GeneratedRecord> records = [];

    public IReadOnlyList<GeneratedRecord> Records => records;

    /// <summary>Declares a record for <paramref name="settings"/>; returns its name (made unique) and the initializer that sets them.</summary>
    /// <param name="isApplePayload">Mark the record <c>[ApplePayload(domain)]</c> rather than <c>[PreferenceDomain(domain)]</c>.</param>
    public (string Name, Expr Initializer) Infer(string recordName, string? domain, IReadOnlyCollection<KeyValuePair<string, PlistValue>> settings, bool isApplePayload = false)
    {
        // A payload's record whose name is taken (by the profile record "App" of app.mobileconfig) is "AppSettings" before "App2".
        var name = domain is not null && takenTypeNames.Contains(recordName) && !takenTypeNames.Contains(recordName + "Settings")
            ? UniqueNames.Take(recordName + "Settings", takenTypeNames)
            : UniqueNames.Take(recordName, takenTypeNames);
        var usedMembers = UniqueNames.TakenInRecord(name);
        var properties = new List<GeneratedProperty>();
        var members = new List<(string, Expr)>();
        var slot = records.Count;
        records.Add(null!); // keeps outer records before the nested ones they use
        var raw = new List<KeyValuePair<string, PlistValue>>();
        foreach (var (key, value) in settings)
        {
            // A key an attribute cannot hold goes to the raw keys too, whose dictionary literal keeps it exactly.
            if ((value is PlistArray array && ListItemType(array) is null) || !CSharpLiteral.FitsAttribute(key))
            {
                raw.Add(KeyValuePair.Create(key, value));
                continue;
            }

            var member = UniqueNames.Take(ImportNames.Readable(key), usedMembers);
            var (type, expr) = InferValue(value, name + member);
            properties.Add(new GeneratedProperty(member, key, type));
            members.Add((CSharpLiteral.Identifier(member), expr));
        }

        if (raw.Count > 0)
        {
            var member = UniqueNames.Take("AdditionalKeys", usedMembers);
            names.Use("System.Collections.Generic");
            properties.Add(new GeneratedProperty(member, null, "IReadOnlyDictionary<string, object?>?"));
            members.Add((member, RawValues.Dictionary(raw, names, strings, nullableValues: true)));
        }

        records[slot] = new GeneratedRecord(name, domain, properties, isApplePayload);
        return (name, new InitializerExpr("new()", members));
    }

    private (string Type, Expr Value) InferValue(PlistValue value, string nestedName) => value switch
    {
        PlistDictionary dict => Infer(nestedName, null, dict.ToList()) is var (name, initializer) ? (name + "?", initializer) : default,
        PlistArray array => InferList(array),
        _ => (ScalarType(value)! + "?", Scalar(value)),
    };

    private (string, Expr) InferList(PlistArray array)
    {
        names.Use("System.Collections.Generic");
        return ($"IReadOnlyList<{ListItemType(array)}>?", new CollectionExpr(null, array.Select(Scalar).ToList()));
    }

    /// <summary>The item type of a list whose items are all one scalar type (string for an empty list); null otherwise.</summary>
    private string? ListItemType(PlistArray array)
    {
        var itemTypes = array.Select(ScalarType).Distinct().ToList();
        return array.Count == 0 ? "string" : itemTypes is [{ } single] ? single : null;
    }

    /// <summary>The C# type for a scalar; integers beyond long become ulong. Null for containers.</summary>
    private string? ScalarType(PlistValue value)
    {
        switch (value)
        {
            case PlistString:
                return "string";
            case PlistBoolean:
                return "bool";
            case PlistInteger i:
                return i.Value > long.MaxValue ? "ulong" : "long";
            case PlistReal:
                return "double";
            case PlistDate:
                names.Use("System");
                return "DateTime";
            case PlistData:
                return "byte[]";
            default:
                return null;
        }
    }

    private Expr Scalar(PlistValue value) => new InlineExpr(value switch
    {
        PlistString s => strings.Render(s.Value),
        PlistBoolean b => CSharpLiteral.Bool(b.Value),
        PlistInteger i => CSharpLiteral.Integer(i.Value, asLong: false),
        PlistReal r => CSharpLiteral.Double(r.Value),
        PlistDate d => CSharpLiteral.Date(d.Value),
        PlistData data => CSharpLiteral.Data(data.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Not a scalar."),
    });
}
