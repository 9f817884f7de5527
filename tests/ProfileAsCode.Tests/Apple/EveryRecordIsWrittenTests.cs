using System.Collections;
using System.Reflection;
using ProfileAsCode.Profiles;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Tests.Oracles;

namespace ProfileAsCode.Tests.Apple;

/// <summary>
/// Every generated Apple record goes through the whole path users take: a <c>[ConfigurationProfile]</c> property of its
/// type, <see cref="ProfileBuilder"/>, the XML writer, and Python's plistlib reading the file back. Once empty, once with
/// every property set (a sample value of its type, nested records filled too), so each property type the generator
/// emits is written at least once.
/// </summary>
public sealed class EveryRecordIsWrittenTests
{
    private const string ProfileIdentifier = "com.example.every";

    private static readonly Type[] Payloads = typeof(ApplePayloadAttribute).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<ApplePayloadAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void EveryRecord_Empty_IsWrittenAsAPayloadOfItsType_WithTheEnvelopeOnly()
    {
        var written = Payloads.Select(type => Write(type, Activator.CreateInstance(type)!)).ToList();

        var read = PythonPlistlib.Loads(written);

        Assert.Equal(109, read.Count);
        for (var i = 0; i < Payloads.Length; i++)
        {
            var payload = Payload(read[i], Payloads[i]);
            Assert.Equal(["PayloadDisplayName", "PayloadIdentifier", "PayloadType", "PayloadUUID", "PayloadVersion"], payload.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void EveryRecord_WithEveryPropertySet_WritesEveryKey()
    {
        var written = Payloads.Select(type => Write(type, Filled(type, depth: 0)!)).ToList();

        var read = PythonPlistlib.Loads(written);

        for (var i = 0; i < Payloads.Length; i++)
        {
            var payload = Payload(read[i], Payloads[i]);
            var keys = Keys(Payloads[i]).Concat(["PayloadDisplayName", "PayloadIdentifier", "PayloadType", "PayloadUUID", "PayloadVersion"]);
            Assert.Equal(keys.Order(StringComparer.Ordinal), payload.Keys.Order(StringComparer.Ordinal));
        }
    }

    private static byte[] Write(Type payloadType, object payload)
    {
        SingleApplePayloadProfile.Next = payload;
        try
        {
            var built = ProfileBuilder.Build(typeof(SingleApplePayloadProfile<>).MakeGenericType(payloadType));
            Assert.Empty(built.Findings.Select(f => f.Message));
            Assert.IsType<PlainPayload>(built.Profile.Payloads.Single());
            return ProfileSerializer.ToMobileConfig(built.Profile, PreferencePayloadForm.Direct);
        }
        finally
        {
            SingleApplePayloadProfile.Next = null;
        }
    }

    private static PlistDictionary Payload((PlistValue? Value, string? Error) read, Type record)
    {
        Assert.True(read.Value is not null, $"{record.Name}: plistlib could not read the profile: {read.Error}");
        var root = Assert.IsType<PlistDictionary>(read.Value);
        var payload = Assert.IsType<PlistDictionary>(Assert.Single(Assert.IsType<PlistArray>(root["PayloadContent"])));
        var attribute = record.GetCustomAttribute<ApplePayloadAttribute>()!;
        Assert.Equal(new PlistString(attribute.PayloadType), payload["PayloadType"]);
        Assert.Equal(new PlistString(ProfileIdentifier + "." + attribute.PayloadType), payload["PayloadIdentifier"]);
        Assert.Equal(new PlistString(attribute.DisplayName!), payload["PayloadDisplayName"]);
        Assert.Equal(new PlistInteger(1), payload["PayloadVersion"]);
        return payload;
    }

    private static IEnumerable<string> Keys(Type record) =>
        record.GetProperties().Select(p => p.GetCustomAttribute<PayloadKeyAttribute>()?.Key).OfType<string>();

    // A sample value of every type the generator emits (README of eng/AppleSchemaGenerator, "Types"); records nested
    // deeper than three levels are left unset (one schema contains itself).
    private static object? Filled(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "x";
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(long))
        {
            return 1L;
        }

        if (type == typeof(double))
        {
            return 1.5;
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        }

        if (type == typeof(byte[]))
        {
            return new byte[] { 1, 2 };
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (typeof(PlistValue).IsAssignableFrom(type))
        {
            return new PlistString("x");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = Array.CreateInstance(element, 1);
            items.SetValue(Filled(element, depth + 1) ?? Activator.CreateInstance(element), 0);
            return items;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            var value = type.GetGenericArguments()[1];
            var entries = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), value))!;
            entries["k"] = Filled(value, depth + 1) ?? Activator.CreateInstance(value);
            return entries;
        }

        Assert.True(type.IsClass && type.Namespace == "ProfileAsCode.Apple", $"no sample value for {type}");
        var record = Activator.CreateInstance(type)!;
        if (depth > 3)
        {
            return record;
        }

        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<PayloadKeyAttribute>() is not null))
        {
            property.SetValue(record, Filled(property.PropertyType, depth + 1));
        }

        return record;
    }
}

/// <summary>Hands the payload to build to <see cref="SingleApplePayloadProfile{T}"/> (a profile record is created by the builder).</summary>
internal static class SingleApplePayloadProfile
{
    [ThreadStatic]
    public static object? Next;
}

/// <summary>A profile of one Apple payload of type <typeparamref name="T"/>: the payload given, else an empty one.</summary>
[ConfigurationProfile("com.example.every")]
public sealed class SingleApplePayloadProfile<T>
    where T : class, new()
{
    public T? Payload { get; init; } = (T?)SingleApplePayloadProfile.Next ?? new T();
}
