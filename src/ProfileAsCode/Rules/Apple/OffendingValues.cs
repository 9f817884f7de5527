using System.Runtime.CompilerServices;

namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// The walk PAC4002 and PAC4003 share: every known key Apple's schema defines, judged as a single value when the key's
/// own spec applies, else item by item when it is an array whose element spec applies. One finding per key: an array's
/// message names its first offending item.
/// </summary>
internal static class OffendingValues
{
    [MethodImpl(HotPath.Optimized)]
    public static void Find(
        PayloadFacts payload,
        ApplePayloadSchema schema,
        Func<AppleKeySchema, bool> applies,
        Func<object?, AppleKeySchema, bool> offends,
        Func<KeyFact, object?, AppleKeySchema, int?, Finding> report,
        List<Finding> findings)
    {
        foreach (var key in payload.Keys)
        {
            if (!key.Value.IsKnown || schema.FindKey(key.KeyPath) is not { } spec)
            {
                continue;
            }

            if (applies(spec) && offends(key.Value.Value, spec))
            {
                findings.Add(report(key, key.Value.Value, spec, null));
            }
            else if (spec.Element is { } element && applies(element) && key.Value.Value is IReadOnlyList<FactValue> items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i].IsKnown && offends(items[i].Value, element))
                    {
                        findings.Add(report(key, items[i].Value, element, i));
                        break;
                    }
                }
            }
        }
    }
}
