using ProfileAsCode.Apple;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.Profiles;

/// <summary>
/// [PayloadIntegerValues] enums are written as their numbers, whatever the underlying type, and a written value maps
/// back to the enum (what import needs); other enums keep their strings.
/// </summary>
public sealed class IntegerEnumTests
{
    [Fact]
    public void EveryUnderlyingType_IsWrittenAsItsNumber()
    {
        var built = ProfileBuilder.Build(typeof(NumbersProfile));

        Assert.Empty(built.Findings);
        var expected = new PlistDictionary(new Dictionary<string, PlistValue>
        {
            ["Signed"] = new PlistInteger(-1),
            ["Small"] = new PlistInteger(200),
            ["Huge"] = new PlistInteger(ulong.MaxValue),
            ["List"] = new PlistArray(new PlistInteger(200), new PlistInteger(7)),
            ["Text"] = new PlistString("second-value"),
        });
        Assert.Equal(expected, built.Profile.Payloads[0].Settings);
    }

    [Fact]
    public void TheLayout_IsReadOnceForBothSides_AndFindsMembersByNumberOrString()
    {
        var alert = ShapeCatalog.Model.EnumLayout(typeof(Notifications.AlertType));
        var huge = ShapeCatalog.Model.EnumLayout(typeof(HugeValue));
        var text = ShapeCatalog.Model.EnumLayout(typeof(TextValue));

        Assert.True(alert.WritesIntegers);
        Assert.Equal(["None=0", "TemporaryBanner=1", "PersistentBanner=2"], alert.Values.Select(v => v.Name + "=" + v.Written));
        Assert.Equal("PersistentBanner", alert.FindNumber(2)?.Name);
        Assert.Null(alert.FindNumber(3));
        Assert.Null(alert.FindWritten("PersistentBanner"));
        Assert.Equal((null, "18446744073709551615"), (huge.Values[0].Number, huge.Values[0].Written));
        Assert.False(text.WritesIntegers);
        Assert.Equal("Second", text.FindWritten("second-value")?.Name);
        Assert.Null(text.FindNumber(5)); // members numbered 0 and 1 only
    }

    [Fact]
    public void AWrittenValue_MapsBackToTheEnum()
    {
        var alert = Assert.IsType<EnumShape>(ShapeCatalog.ShapeOf(typeof(Notifications.AlertType)));
        var small = Assert.IsType<EnumShape>(ShapeCatalog.ShapeOf(typeof(SmallValue)));
        var huge = Assert.IsType<EnumShape>(ShapeCatalog.ShapeOf(typeof(HugeValue)));
        var text = Assert.IsType<EnumShape>(ShapeCatalog.ShapeOf(typeof(TextValue)));

        Assert.Equal(Notifications.AlertType.PersistentBanner, alert.ValueOf(new PlistInteger(2)));
        Assert.Equal((Notifications.AlertType)3, alert.ValueOf(new PlistInteger(3))); // a newer value: kept as a number
        Assert.Null(alert.ValueOf(new PlistString("2")));
        Assert.Empty(alert.VendorStrings);
        Assert.Null(small.ValueOf(new PlistInteger(256))); // does not fit a byte
        Assert.Equal(HugeValue.Max, huge.ValueOf(new PlistInteger(ulong.MaxValue)));
        Assert.Equal(TextValue.Second, text.ValueOf(new PlistString("second-value")));
        Assert.Null(text.ValueOf(new PlistInteger(1)));
    }

    [PayloadIntegerValues]
    public enum SignedValue : sbyte
    {
        Minus = -1,
    }

    [PayloadIntegerValues]
    public enum SmallValue : byte
    {
        High = 200,
    }

    [PayloadIntegerValues]
    public enum HugeValue : ulong
    {
        Max = ulong.MaxValue,
    }

    public enum TextValue
    {
        First,
        [PayloadValue("second-value")]
        Second,
    }

    [PreferenceDomain("com.example.numbers")]
    public sealed record NumbersSettings
    {
        public SignedValue? Signed { get; init; }

        public SmallValue? Small { get; init; }

        public HugeValue? Huge { get; init; }

        public IReadOnlyList<SmallValue>? List { get; init; }

        public TextValue? Text { get; init; }
    }

    [ConfigurationProfile("com.example.numbers")]
    public sealed record NumbersProfile
    {
        public NumbersSettings Numbers { get; init; } = new()
        {
            Signed = SignedValue.Minus,
            Small = SmallValue.High,
            Huge = HugeValue.Max,
            List = [SmallValue.High, (SmallValue)7],
            Text = TextValue.Second,
        };
    }
}
