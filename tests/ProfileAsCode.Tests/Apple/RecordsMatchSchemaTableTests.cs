using System.Reflection;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Apple;

namespace ProfileAsCode.Tests.Apple;

/// <summary>
/// The generated records (read by reflection) and the schema table (parsed at run time) are written by
/// different parts of the generator; they must describe the same keys with compatible types.
/// </summary>
public sealed class RecordsMatchSchemaTableTests
{
    private static readonly Type[] Payloads = typeof(ApplePayloadAttribute).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<ApplePayloadAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> RecordNames => new(Payloads.Select(t => t.Name));

    [Fact]
    public void EveryMacOSPayloadSchemaHasARecord()
    {
        var withRecords = AppleSchemas.All.Where(s => s.RecordName is not null).Select(s => s.RecordName!).Order(StringComparer.Ordinal);

        Assert.Equal(withRecords, Payloads.Select(t => t.Name));
        Assert.Equal(109, Payloads.Length);
        Assert.All(AppleSchemas.All.Where(s => s.RecordName is null), s => Assert.True(s.IsEnvelope || !s.MacOS.IsOnMacOS, s.PayloadType));
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void RecordKeysAreTheTableKeysOnMacOS(string recordName)
    {
        var type = Payloads.Single(t => t.Name == recordName);
        var schema = AppleSchemas.ForRecord(recordName);

        Assert.NotNull(schema);
        Assert.Equal(type.GetCustomAttribute<ApplePayloadAttribute>()!.PayloadType, schema!.PayloadType);
        Assert.Equal("ProfileAsCode.Apple", type.Namespace);
        CheckRecord(type, schema.Root, recordName, []);
    }

    private static void CheckRecord(Type record, AppleKeyChildren keys, string where, HashSet<Type> seen)
    {
        if (!seen.Add(record))
        {
            return; // a record that contains itself (ParentalControlsApplicationRestrictions' sub-apps)
        }

        var nullability = new NullabilityInfoContext();
        var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").ToArray();
        var additional = Assert.Single(properties, p => p.GetCustomAttribute<AdditionalKeysAttribute>() is not null);
        Assert.Equal(typeof(IReadOnlyDictionary<string, object?>), additional.PropertyType);
        foreach (var property in properties.Where(p => p != additional))
        {
            var key = property.GetCustomAttribute<PayloadKeyAttribute>()?.Key;
            Assert.True(key is not null, $"{where}.{property.Name} has no [PayloadKey]");
            Assert.True(nullability.Create(property).ReadState == NullabilityState.Nullable, $"{where}.{property.Name} is not nullable");
            Assert.True(property.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") == true, $"{where}.{property.Name} is not init-only");
            var schema = keys.Find(key!);
            Assert.True(schema is not null, $"{where}.{property.Name}: the table has no key '{key}'");
            Assert.True(schema!.MacOS.IsOnMacOS, $"{where}.{property.Name}: '{key}' is not on macOS but has a property");
            CheckValue(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, schema, $"{where}.{property.Name}", seen);
        }

        var modelled = properties.Select(p => p.GetCustomAttribute<PayloadKeyAttribute>()?.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = keys.Keys.Where(k => k.MacOS.IsOnMacOS && !k.IsWildcard && !modelled.Contains(k.Name)).Select(k => k.Name).ToArray();
        Assert.True(missing.Length == 0, $"{where}: keys on macOS without a property: {string.Join(", ", missing)}");
    }

    private static void CheckValue(Type type, AppleKeySchema schema, string where, HashSet<Type> seen)
    {
        if (type.IsEnum)
        {
            CheckEnum(type, schema, where);
            return;
        }

        var expected = schema.Type switch
        {
            ApplePlistType.String => typeof(string),
            ApplePlistType.Integer => typeof(long),
            ApplePlistType.Real => typeof(double),
            ApplePlistType.Boolean => typeof(bool),
            ApplePlistType.Date => typeof(DateTimeOffset),
            ApplePlistType.Data => typeof(byte[]),
            ApplePlistType.Any => typeof(PlistValue),
            _ => null,
        };
        if (expected is not null)
        {
            Assert.True(expected == type, $"{where}: {schema.Type} key as {type.Name}");
            return;
        }

        if (schema.Type == ApplePlistType.Array)
        {
            Assert.True(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>), $"{where}: array as {type.Name}");
            if (schema.Element is { } item)
            {
                CheckValue(type.GetGenericArguments()[0], item, where + "[]", seen);
            }

            return;
        }

        Assert.Equal(ApplePlistType.Dictionary, schema.Type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            Assert.Equal(typeof(string), type.GetGenericArguments()[0]);
            if (schema.Children.Wildcard is { } wildcard)
            {
                CheckValue(type.GetGenericArguments()[1], wildcard, where + ".*", seen);
            }
            else
            {
                Assert.True(schema.Children.Keys.Count == 0, $"{where}: a dictionary with named keys as a map");
                Assert.Equal(typeof(PlistValue), type.GetGenericArguments()[1]);
            }

            return;
        }

        Assert.True(type.IsNested && type.GetCustomAttribute<ApplePayloadAttribute>() is null, $"{where}: dictionary as {type.Name}");
        CheckRecord(type, schema.Children, where, seen);
    }

    private static void CheckEnum(Type type, AppleKeySchema schema, string where)
    {
        var members = type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken).ToArray();
        if (type.GetCustomAttribute<PayloadIntegerValuesAttribute>() is not null)
        {
            Assert.Equal(ApplePlistType.Integer, schema.Type);
            Assert.Equal(schema.AllowedValues, members.Select(f => (object)Convert.ToInt64(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(members, f => Assert.Null(f.GetCustomAttribute<PayloadValueAttribute>()));
        }
        else
        {
            Assert.True(schema.Type == ApplePlistType.String, $"{where}: a string enum for a {schema.Type} key");
            Assert.Equal(schema.AllowedValues, members.Select(f => (object)f.GetCustomAttribute<PayloadValueAttribute>()!.Value));
        }
    }
}
