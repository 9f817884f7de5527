namespace ProfileAsCode;

/// <summary>
/// Marks an enum whose members are written as plist integers, each its own numeric value
/// (<c>AlertType.TemporaryBanner = 1</c> → <c>&lt;integer&gt;1&lt;/integer&gt;</c>), for keys whose allowed
/// values Apple lists as numbers. Without it an enum member is written as a string (<see cref="PayloadValueAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class PayloadIntegerValuesAttribute : Attribute
{
}
