//! Numbers in Fluent messages: formatted for the bundle's language with ICU4X, and
//! the plural categories a language has.
//!
//! `fluent-bundle` writes a number as Rust prints it (`12345`); every bundle made
//! here is given [`format_number`] as its formatter, so the same number reads
//! `12,345` in English, `12 345` in Russian and `12.345` in German, honouring
//! `NUMBER()`'s `useGrouping`, `minimumFractionDigits` and `minimumIntegerDigits`.

use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::DecimalFormatter;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::Bundle;

/// The ICU4X locale of a bundle's language, found once per bundle.
///
/// ICU4X's formatter is not `Sync`, so the memoizer keeps the locale and a formatter
/// is made for each number (with compiled data that is a few pointer lookups).
struct IcuLocale(icu_locale_core::Locale);

impl Memoizable for IcuLocale {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<IcuLocale, ()> {
        // An unknown or odd tag formats like the root locale.
        let locale = lang
            .to_string()
            .parse()
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        Ok(IcuLocale(locale))
    }
}

/// Prepares a bundle for numbers: `NUMBER()` and the language's number formatting.
pub(crate) fn setup(bundle: &mut Bundle) {
    // NUMBER is the only builtin; adding it to a fresh bundle cannot collide.
    let _ = bundle.add_builtins();
    bundle.set_formatter(Some(format_number));
}

/// Formats `value` for `lang` with its digit grouping and decimal separator.
pub(crate) fn format_in(lang: &LanguageIdentifier, value: f64) -> String {
    let parsed: Option<Decimal> = FluentNumber::new(value, Default::default())
        .as_string()
        .parse()
        .ok();
    let locale = IcuLocale::construct(lang.clone(), ()).map(|l| l.0);
    match (parsed, locale) {
        (Some(decimal), Ok(locale)) => {
            DecimalFormatter::try_new((&locale).into(), Default::default())
                .map(|f| f.format(&decimal).to_string())
                .unwrap_or_else(|_| value.to_string())
        }
        _ => value.to_string(),
    }
}

/// Formats a Fluent number for the memoizer's language; `None` (leave it to
/// Fluent) for anything that is not a finite number.
fn format_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if !number.value.is_finite() {
        return None;
    }
    let decimal = decimal(number)?;
    let grouping = if number.options.use_grouping {
        GroupingStrategy::Auto
    } else {
        GroupingStrategy::Never
    };
    memoizer
        .with_try_get_threadsafe::<IcuLocale, _, _>((), |locale| {
            let options = DecimalFormatterOptions::from(grouping);
            DecimalFormatter::try_new((&locale.0).into(), options)
                .ok()
                .map(|f| f.format(&decimal).to_string())
        })
        .ok()
        .flatten()
}

/// The number as ICU4X's decimal, with the fraction and integer digits `NUMBER()`
/// asked for.
fn decimal(number: &FluentNumber) -> Option<Decimal> {
    let options = &number.options;
    let mut decimal: Decimal = number.as_string().parse().ok()?;
    if let Some(max) = options.maximum_fraction_digits {
        let max = i16::try_from(max).unwrap_or(i16::MAX);
        decimal.round(-max);
        decimal.trim_end();
    }
    // A literal such as `2.345` carries its own minimum (3 digits); a smaller
    // maximum wins, as in `Intl.NumberFormat`.
    let min_fraction = match (
        options.minimum_fraction_digits,
        options.maximum_fraction_digits,
    ) {
        (Some(min), Some(max)) => Some(min.min(max)),
        (min, _) => min,
    };
    if let Some(min) = min_fraction {
        let min = i16::try_from(min).unwrap_or(i16::MAX);
        decimal.pad_end(-min);
    }
    if let Some(min) = options.minimum_integer_digits {
        let min = i16::try_from(min).unwrap_or(i16::MAX);
        decimal.pad_start(min);
    }
    Some(decimal)
}

/// The cardinal plural categories of `lang` (`one`, `few`, `many`, `other` for
/// Russian; `other` alone for Japanese), by CLDR's rules; English's for a language
/// CLDR has no rules for, as Fluent itself does.
///
/// # Example
///
/// ```
/// let ru = glossator::l10n::parse_language("ru")?;
/// assert_eq!(glossator::l10n::plural_categories(&ru), ["one", "few", "many", "other"]);
/// # Ok::<(), glossator::Error>(())
/// ```
pub fn plural_categories(lang: &LanguageIdentifier) -> Vec<&'static str> {
    let english: LanguageIdentifier = LanguageIdentifier::from_parts(
        unic_langid::subtags::Language::from_bytes(b"en").unwrap_or_default(),
        None,
        None,
        &[],
    );
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let chosen = fluent_langneg::negotiate_languages(
        std::slice::from_ref(lang),
        &available,
        Some(&english),
        fluent_langneg::NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())
    .unwrap_or(english);
    let Ok(rules) = PluralRules::create(chosen, PluralRuleType::CARDINAL) else {
        return vec!["one", "other"];
    };
    // Every category shows up among the integers below 1000 and a few decimals
    // (Russian's `other` only for fractions such as 1.5).
    let mut found = Vec::new();
    let integers = (0..1000u32).map(|n| rules.select(n));
    let decimals = [
        "0.0",
        "0.1",
        "0.5",
        "1.0",
        "1.5",
        "2.5",
        "1.25",
        "1000000",
        "1000000.5",
    ]
    .into_iter()
    .map(|s| rules.select(s));
    for category in integers.chain(decimals).flatten() {
        if !found.contains(&category) {
            found.push(category);
        }
    }
    let order = [
        (PluralCategory::ZERO, "zero"),
        (PluralCategory::ONE, "one"),
        (PluralCategory::TWO, "two"),
        (PluralCategory::FEW, "few"),
        (PluralCategory::MANY, "many"),
        (PluralCategory::OTHER, "other"),
    ];
    order
        .into_iter()
        .filter(|(c, _)| found.contains(c))
        .map(|(_, name)| name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> LanguageIdentifier {
        tag.parse().unwrap()
    }

    fn render(tag: &str, ftl: &str) -> String {
        let resource = fluent_bundle::FluentResource::try_new(ftl.to_string()).unwrap();
        let mut bundle = Bundle::new_concurrent(vec![lang(tag)]);
        bundle.set_use_isolating(false);
        setup(&mut bundle);
        bundle.add_resource(resource).unwrap();
        let pattern = bundle.get_message("m").unwrap().value().unwrap();
        let mut errors = Vec::new();
        let out = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{errors:?}");
        out
    }

    #[test]
    fn numbers_follow_the_language() {
        let ftl = "m = { NUMBER(1234567.5) } { NUMBER(12345, useGrouping: \"false\") } { NUMBER(3, minimumFractionDigits: 2) } { NUMBER(2.345, maximumFractionDigits: 1) } { NUMBER(7, minimumIntegerDigits: 3) }";
        assert_eq!(render("en", ftl), "1,234,567.5 12345 3.00 2.3 007");
        assert_eq!(
            render("ru", ftl),
            "1\u{a0}234\u{a0}567,5 12345 3,00 2,3 007"
        );
        assert_eq!(render("de", ftl), "1.234.567,5 12345 3,00 2,3 007");
        assert_eq!(render("ja", ftl), "1,234,567.5 12345 3.00 2.3 007");
    }

    #[test]
    fn categories_per_language() {
        assert_eq!(plural_categories(&lang("en")), ["one", "other"]);
        assert_eq!(
            plural_categories(&lang("ru")),
            ["one", "few", "many", "other"]
        );
        assert_eq!(plural_categories(&lang("ja")), ["other"]);
        assert_eq!(plural_categories(&lang("zh-CN")), ["other"]);
        assert_eq!(plural_categories(&lang("de")), ["one", "other"]);
        assert_eq!(
            plural_categories(&lang("ar")),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(plural_categories(&lang("xx")), ["one", "other"]);
    }
}
