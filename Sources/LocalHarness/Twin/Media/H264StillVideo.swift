/// A real H.264 (Constrained Baseline) stream showing one picture: an IDR frame whose macroblocks are all I_PCM
/// (the picture's samples stored as they are), then P frames that skip every macroblock (repeat the picture).
/// Decoders play it as a still shot of the asked length; no encoder library is needed.
struct H264StillVideo {
    let width: Int
    let height: Int
    var widthInMacroblocks: Int { (width + 15) / 16 }
    var heightInMacroblocks: Int { (height + 15) / 16 }
    static let log2MaxFrameNum = 8

    /// Sequence parameter set NAL unit (without start code or length).
    var sps: [UInt8] {
        var bits = BitWriter(.msbFirst)
        bits.write(66, bits: 8)  // profile_idc: Baseline
        bits.write(0xC0, bits: 8)  // constraint_set0 and constraint_set1: Constrained Baseline
        bits.write(40, bits: 8)  // level 4.0 (up to 8,192 macroblocks a frame)
        bits.ue(0)  // seq_parameter_set_id
        bits.ue(Self.log2MaxFrameNum - 4)
        bits.ue(2)  // pic_order_cnt_type 2: output order is decoding order
        bits.ue(1)  // max_num_ref_frames
        bits.flag(false)  // gaps_in_frame_num_value_allowed_flag
        bits.ue(widthInMacroblocks - 1)
        bits.ue(heightInMacroblocks - 1)
        bits.flag(true)  // frame_mbs_only_flag
        bits.flag(true)  // direct_8x8_inference_flag
        let cropRight = widthInMacroblocks * 16 - width, cropBottom = heightInMacroblocks * 16 - height
        bits.flag(cropRight > 0 || cropBottom > 0)
        if cropRight > 0 || cropBottom > 0 {
            bits.ue(0)
            bits.ue(cropRight / 2)
            bits.ue(0)
            bits.ue(cropBottom / 2)
        }
        bits.flag(false)  // vui_parameters_present_flag
        return Self.nal(type: 7, referenceIdc: 3, rbsp: Self.trailing(&bits))
    }

    /// Picture parameter set NAL unit.
    var pps: [UInt8] {
        var bits = BitWriter(.msbFirst)
        bits.ue(0)  // pic_parameter_set_id
        bits.ue(0)  // seq_parameter_set_id
        bits.flag(false)  // entropy_coding_mode_flag: CAVLC
        bits.flag(false)  // bottom_field_pic_order_in_frame_present_flag
        bits.ue(0)  // num_slice_groups_minus1
        bits.ue(0)  // num_ref_idx_l0_default_active_minus1
        bits.ue(0)  // num_ref_idx_l1_default_active_minus1
        bits.flag(false)  // weighted_pred_flag
        bits.write(0, bits: 2)  // weighted_bipred_idc
        bits.se(0)  // pic_init_qp_minus26
        bits.se(0)  // pic_init_qs_minus26
        bits.se(0)  // chroma_qp_index_offset
        bits.flag(true)  // deblocking_filter_control_present_flag
        bits.flag(false)  // constrained_intra_pred_flag
        bits.flag(false)  // redundant_pic_cnt_present_flag
        return Self.nal(type: 8, referenceIdc: 3, rbsp: Self.trailing(&bits))
    }

    /// The IDR frame: every macroblock I_PCM with the picture's 4:2:0 samples.
    func idrFrame(_ picture: RGBImage) -> [UInt8] {
        var bits = BitWriter(.msbFirst)
        bits.ue(0)  // first_mb_in_slice
        bits.ue(7)  // slice_type: I (all slices of the picture)
        bits.ue(0)  // pic_parameter_set_id
        bits.write(0, bits: Self.log2MaxFrameNum)  // frame_num
        bits.ue(0)  // idr_pic_id
        bits.flag(false)  // no_output_of_prior_pics_flag
        bits.flag(false)  // long_term_reference_flag
        bits.se(0)  // slice_qp_delta
        bits.ue(1)  // disable_deblocking_filter_idc: off (I_PCM samples stay exact)
        for mbY in 0..<heightInMacroblocks {
            for mbX in 0..<widthInMacroblocks {
                bits.ue(25)  // mb_type I_PCM
                bits.alignWithZeros()  // pcm_alignment_zero_bit
                bits.append(bytes: macroblockSamples(picture, mbX: mbX, mbY: mbY))
            }
        }
        return Self.nal(type: 5, referenceIdc: 3, rbsp: Self.trailing(&bits))
    }

    /// A P frame that skips every macroblock: the previous picture again.
    func skipFrame(frameNum: Int) -> [UInt8] {
        var bits = BitWriter(.msbFirst)
        bits.ue(0)  // first_mb_in_slice
        bits.ue(5)  // slice_type: P (all slices)
        bits.ue(0)  // pic_parameter_set_id
        bits.write(frameNum % (1 << Self.log2MaxFrameNum), bits: Self.log2MaxFrameNum)
        bits.flag(false)  // num_ref_idx_active_override_flag
        bits.flag(false)  // ref_pic_list_modification_flag_l0
        bits.flag(false)  // adaptive_ref_pic_marking_mode_flag
        bits.se(0)  // slice_qp_delta
        bits.ue(1)  // disable_deblocking_filter_idc
        bits.ue(widthInMacroblocks * heightInMacroblocks)  // mb_skip_run: the whole picture
        return Self.nal(type: 1, referenceIdc: 2, rbsp: Self.trailing(&bits))
    }

    /// 256 luma then 64 Cb and 64 Cr samples of one macroblock (edges repeat the last pixel).
    private func macroblockSamples(_ picture: RGBImage, mbX: Int, mbY: Int) -> [UInt8] {
        var luma: [UInt8] = [], cb: [UInt8] = [], cr: [UInt8] = []
        luma.reserveCapacity(256)
        for y in 0..<16 {
            for x in 0..<16 {
                let px = min(picture.width - 1, mbX * 16 + x), py = min(picture.height - 1, mbY * 16 + y)
                luma.append(picture[px, py].ycbcr.y)
            }
        }
        for y in 0..<8 {
            for x in 0..<8 {
                let px = min(picture.width - 1, mbX * 16 + x * 2), py = min(picture.height - 1, mbY * 16 + y * 2)
                let sample = picture[px, py].ycbcr
                cb.append(sample.cb)
                cr.append(sample.cr)
            }
        }
        return luma + cb + cr
    }

    private static func trailing(_ bits: inout BitWriter) -> [UInt8] {
        bits.write(1, bits: 1)  // rbsp_stop_one_bit
        return bits.finish()
    }

    /// A NAL unit: header byte, then the RBSP with emulation-prevention bytes inserted.
    static func nal(type: Int, referenceIdc: Int, rbsp: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(referenceIdc << 5 | type)]
        out.reserveCapacity(rbsp.count + rbsp.count / 64 + 1)
        var zeros = 0
        for byte in rbsp {
            if zeros >= 2 && byte <= 3 {
                out.append(3)
                zeros = 0
            }
            out.append(byte)
            zeros = byte == 0 ? zeros + 1 : 0
        }
        return out
    }
}
