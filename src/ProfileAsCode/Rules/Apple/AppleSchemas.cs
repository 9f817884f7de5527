using System.Text;

namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// The facts of Apple's configuration-profile schemas (payload types, keys, types, presence, allowed values,
/// ranges, defaults, macOS versions, channels, supervision), for the PAC4xxx rules. The generated table is
/// read once, on first use, into dictionaries; every lookup after that is a dictionary lookup.
/// </summary>
internal static class AppleSchemas
{
    private static volatile Index? index;

    /// <summary>Every schema in the table: one per Apple schema file, including envelopes and payloads not on macOS.</summary>
    public static IReadOnlyList<ApplePayloadSchema> All => Current.All;

    /// <summary>The <c>CommonPayloadKeys</c> schema: the envelope keys every payload has.</summary>
    public static ApplePayloadSchema CommonPayloadKeys => Current.CommonPayloadKeys;

    /// <summary>The schemas of <paramref name="payloadType"/> (exact, case-sensitive), or null when Apple defines no such type.</summary>
    public static ApplePayloadType? Find(string payloadType) =>
        Current.ByType.TryGetValue(payloadType, out var found) ? found : null;

    /// <summary>The schema a generated record (<c>PrivacyPreferencesPolicyControl</c>) was made from, or null.</summary>
    public static ApplePayloadSchema? ForRecord(string recordName) =>
        Current.ByRecord.TryGetValue(recordName, out var found) ? found : null;

    private static Index Current => index ??= new Index(AppleSchemaText.Parse(Encoding.UTF8.GetString(AppleSchemaTable.Text.ToArray())));

    private sealed class Index
    {
        public Index(List<ApplePayloadSchema> schemas)
        {
            All = schemas;
            foreach (var schema in schemas)
            {
                if (!ByType.TryGetValue(schema.PayloadType, out var type))
                {
                    ByType.Add(schema.PayloadType, type = new ApplePayloadType(schema.PayloadType));
                }

                type.SchemaList.Add(schema);
                if (schema.RecordName is not null)
                {
                    ByRecord.Add(schema.RecordName, schema);
                }
            }

            CommonPayloadKeys = ByType["CommonPayloadKeys"].Schemas[0];
        }

        public IReadOnlyList<ApplePayloadSchema> All { get; }

        public Dictionary<string, ApplePayloadType> ByType { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ApplePayloadSchema> ByRecord { get; } = new(StringComparer.Ordinal);

        public ApplePayloadSchema CommonPayloadKeys { get; }
    }
}
