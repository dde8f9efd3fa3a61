/**
 * Builds a tiny BERT-shaped model folder that transformers.js loads offline, so tests exercise
 * the real embedding code without a model hub:
 *
 *   config.json, tokenizer.json (WordPiece, small vocabulary), tokenizer_config.json,
 *   onnx/model_quantized.onnx: an opset-13 graph
 *     last_hidden_state = (Gather(word_emb, input_ids) + Gather(type_emb, token_type_ids))
 *                         * Unsqueeze(Cast(attention_mask))
 *
 * Word vectors are seeded pseudo-random, so mean-pooled sentence vectors behave like a bag of
 * words: texts sharing most words are near, unrelated texts are far.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const WORDS = (
  'the a an of to in on and or each every cell cells grid grids color colour colors row rows column columns ' +
  'fill filled copy move shift left right up down top bottom border object objects shape shapes largest smallest ' +
  'red blue green yellow black grey gray orange pink purple background output input same size mirror flip rotate ' +
  'draw line lines between pair pairs count repeat pattern tile square rectangle inside outside with by from is it ' +
  'horizontal vertical diagonal recolor replace keep remove gravity fall falls until touches'
).split(' ');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');

/** The vocabulary: special tokens, whole words, then single characters and their ## forms. */
export function tinyVocab(): string[] {
  return [...SPECIAL, ...WORDS, ...LETTERS, ...LETTERS.map((c) => `##${c}`)];
}

/** Seeded xorshift, so the model is the same on every run. */
function seededFloats(n: number, seed: number): Float32Array {
  let s = seed >>> 0 || 1;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = ((s >>> 0) / 0xffffffff) * 2 - 1;
  }
  return out;
}

const tensor = (name: string, dims: number[], data: Float32Array) =>
  onnx.TensorProto.create({
    name,
    dims,
    dataType: onnx.TensorProto.DataType.FLOAT,
    rawData: new Uint8Array(data.buffer),
  });

const valueInfo = (name: string, elemType: number, dims: (string | number)[]) =>
  onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  });

function modelBytes(vocabSize: number, hidden: number): Uint8Array {
  const INT64 = onnx.TensorProto.DataType.INT64;
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const axes = onnx.TensorProto.create({ name: 'axes', dims: [1], dataType: INT64, int64Data: [2] });
  const node = (opType: string, input: string[], output: string[], attribute: object[] = []) =>
    onnx.NodeProto.create({ opType, input, output, attribute });
  const graph = onnx.GraphProto.create({
    name: 'tiny-bert',
    node: [
      node('Gather', ['word_emb', 'input_ids'], ['words']),
      node('Gather', ['type_emb', 'token_type_ids'], ['types']),
      node('Add', ['words', 'types'], ['summed']),
      node(
        'Cast',
        ['attention_mask'],
        ['maskf'],
        [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }],
      ),
      node('Unsqueeze', ['maskf', 'axes'], ['mask3']),
      node('Mul', ['summed', 'mask3'], ['last_hidden_state']),
    ],
    initializer: [
      tensor('word_emb', [vocabSize, hidden], seededFloats(vocabSize * hidden, 7)),
      tensor(
        'type_emb',
        [2, hidden],
        seededFloats(2 * hidden, 11).map((x) => x * 0.01),
      ),
      axes,
    ],
    input: ['input_ids', 'attention_mask', 'token_type_ids'].map((n) => valueInfo(n, INT64, ['batch', 'seq'])),
    output: [valueInfo('last_hidden_state', FLOAT, ['batch', 'seq', hidden])],
  });
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: 'arcmem-tests',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

function tokenizerJson(vocab: readonly string[]): object {
  const ids = Object.fromEntries(vocab.map((t, i) => [t, i]));
  const special = (t: string) => ({
    id: ids[t],
    content: t,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map(special),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [ids[t]], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  };
}

/** Writes the tiny model into `<root>/<name>/` and returns that folder. */
export function writeTinyModel(root: string, name = 'tiny-bert', hidden = 32): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  const vocab = tinyVocab();
  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    vocab_size: vocab.length,
    hidden_size: hidden,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    max_position_embeddings: 512,
    type_vocab_size: 2,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: 512,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2));
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab)));
  writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2));
  writeFileSync(join(dir, 'onnx', 'model_quantized.onnx'), modelBytes(vocab.length, hidden));
  return dir;
}
