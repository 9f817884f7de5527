using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// The one traversal of a payload record: it produces the plist tree and, on the way, the rule
/// engine's <see cref="KeyFact"/>s (nested dictionary keys as dotted paths, with the value rules of
/// the property they came from). For an Apple payload (<c>structureFacts</c>) the facts also say where dictionaries
/// are (a fact whose value is not known) and what each dictionary item of an array holds (<c>Key[0].Child</c>), so the
/// schema rules see nested required keys; the analyzer and <c>validate</c> give the same facts. Problems of declared types were found by <see cref="ShapeCatalog"/>;
/// this adds those only values show: null list items, undefined values of string enums, unspecified dates,
/// cycles, and raw keys (unrepresentable, or colliding with a typed or envelope key).
/// </summary>
internal sealed class PayloadMapper
{
    private readonly List<KeyFact> facts = new();
    private readonly List<Finding> findings;
    private readonly HashSet<object> onPath = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Type> reportedRecords;
    private readonly bool structureFacts;

    public PayloadMapper(List<Finding> findings, HashSet<Type> reportedRecords, bool structureFacts = false)
    {
        this.findings = findings;
        this.reportedRecords = reportedRecords;
        this.structureFacts = structureFacts;
    }

    public IReadOnlyList<KeyFact> Facts => facts;

    /// <summary>Maps a payload record to its settings dictionary (the bare domain plist).</summary>
    public PlistDictionary MapPayload(object payload, RecordShape shape, PropertyOrigin origin)
    {
        ReportShapeProblems(shape, origin);
        return MapRecord(payload, shape, keyPath: null, origin, emitFacts: true) ?? PlistDictionary.Empty;
    }

    private PlistValue? Map(object value, ValueShape shape, string keyPath, PropertyOrigin origin, IReadOnlyList<ValueRule> rules, bool emitFacts, bool isItem = false)
    {
        if (shape is DynamicShape)
        {
            shape = ShapeCatalog.ShapeOf(value.GetType());
            if (PlistRepresentability.Check(origin.ToString(), ShapeCatalog.Model.RuntimeShape(value.GetType()), origin) is { } unrepresentable)
            {
                findings.Add(unrepresentable);
                return null;
            }

            if (shape is RecordShape dynamicRecord)
            {
                ReportShapeProblems(dynamicRecord, origin);
            }
        }

        // A dictionary's or array's own fact comes before the facts of what it holds (the order source is read in).
        var at = facts.Count;
        var result = shape switch
        {
            ScalarShape scalar => MapScalar(value, scalar.Kind, origin),
            EnumShape enumShape => MapEnum(value, enumShape, origin),
            RawShape => (PlistValue)value,
            ArrayShape array => MapArray(value, array, keyPath, origin, emitFacts),
            MapShape map => MapDictionary(value, map, keyPath, origin, emitFacts),
            RecordShape record => MapRecord(value, record, keyPath, origin, emitFacts),
            _ => throw new InvalidOperationException($"{origin}: {shape.GetType().Name} reached the mapper; unrepresentable keys are skipped when found."),
        };

        if (emitFacts && result is not null && shape.IsDictionaryLike && structureFacts)
        {
            facts.Insert(at, new KeyFact(keyPath, FactValue.Unknown, rules, origin));
        }
        else if (emitFacts && result is not null && !shape.IsDictionaryLike && !isItem)
        {
            // An array item's value is in the array's fact; only its keys (a dictionary item) get facts of their own.
            facts.Insert(at, new KeyFact(keyPath, FactOf(result), rules, origin));
        }

        return result;
    }

    private PlistDictionary? MapRecord(object record, RecordShape shape, string? keyPath, PropertyOrigin origin, bool emitFacts)
    {
        if (!record.GetType().IsValueType && !onPath.Add(record))
        {
            Report(RuleCatalog.TypeNotRepresentable, ShapeMessages.Cycle(origin), keyPath, origin);
            return null;
        }

        var entries = new Dictionary<string, PlistValue>(StringComparer.Ordinal);
        foreach (var key in shape.Keys)
        {
            var memberOrigin = origin.Member(key.Property);
            if (Read(record, key.Property, memberOrigin) is { } value
                && Map(value, key.Shape, Join(keyPath, key.Key), memberOrigin, key.Rules, emitFacts) is { } mapped)
            {
                entries[key.Key] = mapped;
            }
        }

        if (shape.AdditionalKeys is { } additional && Read(record, additional, origin.Member(additional)) is { } extra)
        {
            var extraOrigin = origin.Member(additional);
            var raw = Entries(extra, extraOrigin).Select(e => (e.Key, e.Value, Origin: extraOrigin.Entry(e.Key))).ToArray();

            // Typed keys first, so a raw key that repeats one is the one reported (and left out).
            var declarations = shape.Keys.Select(k => new KeyDeclaration(k.Key, k.DeclaredBy, k))
                .Concat(raw.Select(e => new KeyDeclaration(e.Key, e.Origin.ToString(), e.Origin)));
            var rejected = KeyCollisions.Check(declarations.ToArray()).Where(f => f.Origin is PropertyOrigin).ToArray();
            findings.AddRange(rejected);
            foreach (var (key, value, entryOrigin) in raw)
            {
                if (value is not null
                    && !rejected.Any(f => ReferenceEquals(f.Origin, entryOrigin))
                    && Map(value, DynamicShape.Instance, Join(keyPath, key), entryOrigin, Array.Empty<ValueRule>(), emitFacts) is { } mapped)
                {
                    entries[key] = mapped;
                }
            }
        }

        onPath.Remove(record);
        return new PlistDictionary(entries);
    }

    private PlistDictionary MapDictionary(object dictionary, MapShape shape, string keyPath, PropertyOrigin origin, bool emitFacts)
    {
        var entries = new Dictionary<string, PlistValue>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(dictionary, origin))
        {
            if (value is not null && Map(value, shape.Value, Join(keyPath, key), origin.Entry(key), Array.Empty<ValueRule>(), emitFacts) is { } mapped)
            {
                entries[key] = mapped;
            }
        }

        return new PlistDictionary(entries);
    }

    private PlistArray? MapArray(object sequence, ArrayShape shape, string keyPath, PropertyOrigin origin, bool emitFacts)
    {
        var items = new List<PlistValue>();
        var complete = true;
        var index = 0;
        foreach (var item in Enumerate(sequence, origin))
        {
            var itemOrigin = origin.Item(index++);
            if (item is null)
            {
                Report(RuleCatalog.TypeNotRepresentable, ShapeMessages.NullItem(itemOrigin), null, itemOrigin);
                complete = false;
            }
            else if (Map(item, shape.Element, keyPath + "[" + (index - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", itemOrigin, Array.Empty<ValueRule>(), emitFacts && structureFacts, isItem: true) is { } mapped)
            {
                items.Add(mapped);
            }
            else
            {
                complete = false;
            }
        }

        return complete ? new PlistArray(items) : null;
    }

    private PlistValue? MapScalar(object value, ScalarKind kind, PropertyOrigin origin) => kind switch
    {
        ScalarKind.String => (string)value,
        ScalarKind.Boolean => (bool)value,
        ScalarKind.SignedInteger => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        ScalarKind.UnsignedInteger => new PlistInteger(Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        ScalarKind.Single => double.Parse(((float)value).ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture), // 1.1f is written 1.1, as typed
        ScalarKind.Real => (double)value,
        ScalarKind.DateTime when ((DateTime)value).Kind == DateTimeKind.Unspecified => Unrepresentable(origin, ShapeMessages.UnspecifiedDate(origin)),
        ScalarKind.DateTime => new PlistDate((DateTime)value),
        ScalarKind.DateTimeOffset => new PlistDate((DateTimeOffset)value),
        ScalarKind.Data => value switch
        {
            byte[] bytes => new PlistData(bytes),
            ImmutableArray<byte> bytes => new PlistData(bytes), // a default (uninitialised) one is empty data, as PlistData reads it
            ReadOnlyMemory<byte> bytes => new PlistData(bytes.Span),
            _ => throw new InvalidOperationException($"{origin}: {value.GetType()} is not a data type."),
        },
        _ => throw new InvalidOperationException($"No mapping for {kind}."),
    };

    // An integer enum writes any value as its number (a newer value Apple added can be cast in); a string enum
    // has no string for a value that is not a member.
    private PlistValue? MapEnum(object value, EnumShape shape, PropertyOrigin origin) =>
        shape.Layout.WritesIntegers ? MapScalar(value, shape.NumberKind, origin)
        : shape.VendorStrings.TryGetValue(value, out var vendorString)
            ? vendorString
            : Unrepresentable(origin, ShapeMessages.UndefinedEnum(origin, shape.EnumType, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)));

    private PlistValue? Unrepresentable(PropertyOrigin origin, string message)
    {
        Report(RuleCatalog.TypeNotRepresentable, message, null, origin);
        return null;
    }

    private void ReportShapeProblems(RecordShape root, PropertyOrigin origin)
    {
        var pending = new Stack<RecordShape>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var record = pending.Pop();
            if (!reportedRecords.Add(record.Type))
            {
                continue;
            }

            foreach (var problem in record.Problems)
            {
                Report(problem.Rule, problem.Message, problem.KeyPath, origin);
            }

            foreach (var nested in record.Keys.Select(k => Innermost(k.Shape)).OfType<RecordShape>())
            {
                pending.Push(nested);
            }
        }
    }

    private static ValueShape Innermost(ValueShape shape) => shape switch
    {
        ArrayShape array => Innermost(array.Element),
        MapShape map => Innermost(map.Value),
        _ => shape,
    };

    private void Report(RuleDescriptor rule, string message, string? keyPath, PropertyOrigin origin) =>
        findings.Add(new Finding(rule, message, keyPath, origin));

    /// <summary>Reads a property of user code; what the getter throws becomes a <see cref="ProfileBuildException"/> naming it.</summary>
    internal static object? Read(object record, PropertyInfo property, PropertyOrigin origin)
    {
        try
        {
            return property.GetValue(record);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw ProfileBuildException.PropertyThrew(origin, e.InnerException);
        }
    }

    private static IEnumerable<object?> Enumerate(object sequence, PropertyOrigin origin)
    {
        var items = new List<object?>();
        try
        {
            foreach (var item in (IEnumerable)sequence)
            {
                items.Add(item);
            }
        }
        catch (Exception e)
        {
            throw ProfileBuildException.PropertyThrew(origin, e);
        }

        return items;
    }

    /// <summary>The entries of any string-keyed dictionary, in ordinal key order.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = KeptWhole.ValuesInHostOnly)]
    private static IEnumerable<(string Key, object? Value)> Entries(object dictionary, PropertyOrigin origin)
    {
        var entries = new List<(string, object?)>();
        foreach (var entry in Enumerate(dictionary, origin))
        {
            var type = entry!.GetType();
            var key = (string)type.GetProperty("Key")!.GetValue(entry)!;
            entries.Add((key, type.GetProperty("Value")!.GetValue(entry)));
        }

        return entries.OrderBy(e => e.Item1, StringComparer.Ordinal);
    }

    private static string Join(string? prefix, string key) => prefix is null ? key : prefix + "." + key;

    internal static FactValue FactOf(PlistValue value) => value switch
    {
        PlistString s => FactValue.Of(s.Value),
        PlistBoolean b => FactValue.Of(b.Value),
        PlistInteger i when i.Value >= long.MinValue && i.Value <= long.MaxValue => FactValue.Of((long)i.Value),
        PlistReal r => FactValue.Of(r.Value),
        PlistArray a => FactValue.Of(a.Select(FactOf).ToArray()),
        _ => FactValue.Unknown, // dates, data, dictionaries inside arrays: no rule reads them
    };
}
