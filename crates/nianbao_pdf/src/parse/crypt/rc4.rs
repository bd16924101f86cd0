//! RC4, the stream cipher of revisions 2 to 4 (symmetric: encrypting is decrypting).

pub(super) fn apply(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut state: Vec<u8> = (0..=255).collect();
    if !key.is_empty() {
        let mut j = 0_u8;
        for i in 0..256 {
            let k = key.get(i % key.len()).copied().unwrap_or_default();
            j = j.wrapping_add(state.get(i).copied().unwrap_or_default()).wrapping_add(k);
            state.swap(i, usize::from(j));
        }
    }
    let (mut i, mut j) = (0_u8, 0_u8);
    data.iter()
        .map(|byte| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(state.get(usize::from(i)).copied().unwrap_or_default());
            state.swap(usize::from(i), usize::from(j));
            let sum = state
                .get(usize::from(i))
                .copied()
                .unwrap_or_default()
                .wrapping_add(state.get(usize::from(j)).copied().unwrap_or_default());
            byte ^ state.get(usize::from(sum)).copied().unwrap_or_default()
        })
        .collect()
}
