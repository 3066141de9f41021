//! Countries, regions and sectors with the share of the project each takes, which IATI asks to
//! add up to 100 within each list.

/// A code (country, region or sector) and its percentage, when given.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Share {
    pub code: String,
    pub percentage: Option<f64>,
}

impl Share {
    pub(crate) fn whole(code: String) -> Self {
        Share {
            code,
            percentage: None,
        }
    }
}

/// How far a sum of percentages may be from 100 and still be read as 100 (three thirds written
/// 33.33 add up to 99.99).
const ROUNDING: f64 = 0.1;

/// The sum of the percentages of `shares` when some are given and they do not add up to 100.
pub(super) fn wrong_total<'a>(shares: impl IntoIterator<Item = &'a Share>) -> Option<f64> {
    let mut any = false;
    let mut sum = 0.0;
    for share in shares {
        if let Some(percentage) = share.percentage {
            any = true;
            sum += percentage;
        }
    }
    (any && (sum - 100.0).abs() > ROUNDING).then_some(sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(percentage: Option<f64>) -> Share {
        Share {
            code: "AF".to_owned(),
            percentage,
        }
    }

    #[test]
    fn a_split_must_make_a_whole() {
        assert_eq!(wrong_total(&vec![share(Some(33.33)); 3]), None);
        assert_eq!(
            wrong_total(&[share(Some(60.0)), share(Some(30.0))]),
            Some(90.0)
        );
        assert_eq!(wrong_total(&[share(None), share(None)]), None);
    }
}
