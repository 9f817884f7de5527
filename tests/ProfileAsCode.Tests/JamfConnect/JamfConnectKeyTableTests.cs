using System.Reflection;
using ProfileAsCode.JamfConnect;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Rules.Keys;

namespace ProfileAsCode.Tests.JamfConnect;

/// <summary>The key table (PAC2006/PAC2007, docs/jamf-connect-keys.md) and the records name the same keys with the same types.</summary>
public sealed class JamfConnectKeyTableTests
{
    // In the table, not (yet) a typed property: where it lives is not documented.
    private static readonly string[] TableOnly = ["OfflineMFAReminder"];

    [Theory]
    [InlineData(typeof(JamfConnectLogin), "com.jamf.connect.login")]
    [InlineData(typeof(JamfConnectMenuBar), "com.jamf.connect")]
    public void EveryRecordKeyIsInTheTableWithItsType(Type record, string domain)
    {
        foreach (var (path, type) in Walk(record, prefix: ""))
        {
            var spec = JamfConnectKeyTable.Instance.Find(domain, path);
            Assert.True(spec is not null, $"{domain} {path} is written by {record.Name} but not in the key table");
            Assert.True(spec.Type == PlistType.Any || type == PlistType.Any || spec.Type == type, $"{domain} {path}: table {spec.Type}, record {type}");
        }
    }

    [Theory]
    [InlineData(typeof(JamfConnectLogin), "com.jamf.connect.login")]
    [InlineData(typeof(JamfConnectMenuBar), "com.jamf.connect")]
    public void EveryTableKeyIsARecordProperty(Type record, string domain)
    {
        var written = Walk(record, prefix: "").Select(k => k.Path).ToHashSet();
        var missing = JamfConnectKeyTable.Instance.KeysOf(domain).Select(k => k.Path).Where(p => !written.Contains(p) && !TableOnly.Contains(p));

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryKeyCitesAPublicPage()
    {
        Assert.All(JamfConnectKeyTable.Instance.Keys, k => Assert.StartsWith("https://", k.Documentation, StringComparison.Ordinal));
        Assert.All(JamfConnectKeyTable.Instance.Keys.Where(k => k.Verified), k => Assert.DoesNotContain("kdrwygvh", k.Documentation, StringComparison.Ordinal));
    }

    [Fact]
    public void SameSettingPointersPointAtKeysOfTheOtherDomain()
    {
        foreach (var key in JamfConnectKeyTable.Instance.Keys.Where(k => k.SameSettingIn is not null))
        {
            Assert.NotNull(JamfConnectKeyTable.Instance.FindElsewhere(key.Domain, key.SameSettingIn!));
        }
    }

    private static IEnumerable<(string Path, PlistType Type)> Walk(Type record, string prefix)
    {
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<PayloadKeyAttribute>() is not { } key)
            {
                continue;
            }

            var path = prefix + key.Key;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var plistType = PlistTypeOf(type);
            yield return (path, plistType);
            if (plistType == PlistType.Dictionary && type.GetCustomAttribute<PreferenceDomainAttribute>() is null && type.IsClass && !type.IsGenericType)
            {
                foreach (var child in Walk(type, path + "."))
                {
                    yield return child;
                }
            }
        }
    }

    private static PlistType PlistTypeOf(Type type) => type switch
    {
        _ when type == typeof(string) || type.IsEnum => PlistType.String,
        _ when type == typeof(bool) => PlistType.Boolean,
        _ when type == typeof(int) || type == typeof(long) => PlistType.Integer,
        _ when type == typeof(double) => PlistType.Real,
        _ when type == typeof(byte[]) => PlistType.Data,
        _ when type == typeof(PlistValue) => PlistType.Any,
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => PlistType.Array,
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) => PlistType.Dictionary,
        _ => PlistType.Dictionary, // a nested record
    };
}
